// Office.js calls answer through callbacks with an AsyncResult; the pane (office.ts) and the on-send script
// (onsend/outlook.ts) both await them. Plain Office.js and no DOM, so both builds compile it.

/** Turns an Office callback into a promise; a Failed result rejects with Office's own message. */
export function settle<T>(start: (done: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        resolve(result.value);
      } else {
        reject(new Error(result.error?.message || "Office call failed"));
      }
    });
  });
}
