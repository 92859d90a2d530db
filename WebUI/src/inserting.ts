// Puts text into the mail at the cursor (replacing the selection), or — outside Outlook — into the note field,
// where it is checked in turn. Used by the single-note view's rewrite, the template gallery, and the mail view when
// a note cannot be replaced in place.
import { confirmOpen } from "./confirm-dialog";
import type { MailHost } from "./office";
import { announce, setState, showError } from "./page";
import type { EditedSuggestion } from "./suggestion-editor";
import { t } from "./ui-language";

export class Inserter {
  /** `intoNoteField` takes the text in browser mode: the check loop shows and checks it there. */
  constructor(
    private readonly host: MailHost | null,
    private readonly intoNoteField: (text: string) => void,
    private readonly mailChanged: () => void,
  ) {}

  /** A rewrite from a card: asks first while placeholders are open. */
  async insertEdited(edited: EditedSuggestion | null): Promise<void> {
    if (!edited) {
      return;
    }
    if (edited.open.length > 0 && !(await confirmOpen(edited.open))) {
      return;
    }
    await this.insert(edited.text);
  }

  async insert(text: string): Promise<void> {
    if (!this.host) {
      this.intoNoteField(text);
      announce(t.insertedBrowser);
      return;
    }
    try {
      await this.host.insert(text);
      announce(t.inserted);
      setState(t.inserted);
      this.mailChanged();
    } catch (error) {
      showError(t.insertFailed + (error instanceof Error ? error.message : String(error)));
    }
  }
}
