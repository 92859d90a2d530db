// The rewrite the service suggests, with a field for each open [slot]: the text follows as the writer types.
import type { SlotValue, Suggestion, TemplateInfo } from "./api";
import { element } from "./dom";
import { choices, fillTemplate, openPlaceholders } from "./text";

/** The rewrite as it stands now, and the slots still written as [placeholders]. */
export interface EditedSuggestion {
  text: string;
  open: string[];
}

// The slot that holds the Unknown template's count of contact attempts. Services with issue 11 say so in `kind`;
// older ones only by the slot's display name in each pack.
const attemptKind = "AttemptCount";
const attemptSlotNames = new Set(["number", "Anzahl"]);

export function isAttemptSlot(slot: SlotValue): boolean {
  return slot.kind !== undefined ? slot.kind === attemptKind : attemptSlotNames.has(slot.name);
}

export class SuggestionEditor {
  private current: EditedSuggestion | null = null;
  private attempts: string | null = null;

  /** `idPrefix` keeps the fields' ids apart when several cards are on the page. */
  constructor(
    private readonly slots: HTMLElement,
    private readonly output: HTMLElement,
    private readonly idPrefix: string,
  ) {}

  get edited(): EditedSuggestion | null {
    return this.current;
  }

  /** The name of the editable slot that counts contact attempts, or null when this rewrite has none. */
  get attemptSlot(): string | null {
    return this.attempts;
  }

  show(suggestion: Suggestion | null, language: string, templates: readonly TemplateInfo[]): void {
    this.current = null;
    this.attempts = null;
    if (!suggestion) {
      this.slots.replaceChildren();
      this.output.textContent = "";
      return;
    }
    const template = templates.find((x) => x.id === suggestion.templateId && x.language === language);
    const initial = new Map(suggestion.slots.filter((s) => s.filled && s.value).map((s) => [s.name, s.value!]));
    // Re-render from the template when it reproduces the service's text; else edit only the open placeholders.
    const base = template && fillTemplate(template.text, initial) === suggestion.text ? template.text : suggestion.text;
    const editable = base === suggestion.text ? suggestion.slots.filter((s) => !s.filled) : suggestion.slots;
    const values = new Map(base === suggestion.text ? [] : initial);
    const names = suggestion.slots.map((s) => s.name);

    const update = () => {
      const text = fillTemplate(base, values);
      this.current = { text, open: openPlaceholders(text, names) };
      this.output.textContent = text;
    };

    this.attempts = editable.find(isAttemptSlot)?.name ?? null;
    this.slots.replaceChildren(
      ...editable.map((slot, i) => {
        const id = `${this.idPrefix}slot-${i}`;
        const wrap = element("div", "field");
        const label = element("label", "", slot.name);
        label.htmlFor = id;
        const options = choices(slot.name);
        let control: HTMLInputElement | HTMLSelectElement;
        if (options.length > 0) {
          control = document.createElement("select");
          control.append(new Option("…", ""), ...options.map((o) => new Option(o, o)));
        } else {
          control = document.createElement("input");
          control.type = "text";
          control.placeholder = `[${slot.name}]`;
        }
        control.id = id;
        control.dataset.testid = "slot";
        control.dataset.slot = slot.name;
        control.value = values.get(slot.name) ?? "";
        control.addEventListener("input", () => {
          values.set(slot.name, control.value);
          update();
        });
        wrap.append(label, control);
        return wrap;
      }),
    );
    update();
  }

  /** Puts a value into a slot's field as if the writer had typed it. */
  setSlot(name: string, value: string): void {
    for (const field of this.slots.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-testid=slot]")) {
      if (field.dataset.slot === name) {
        field.value = value;
        field.dispatchEvent(new Event("input"));
      }
    }
  }
}
