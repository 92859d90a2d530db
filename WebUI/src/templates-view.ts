// The template gallery: every template of one language, grouped by status, the status of the note just checked
// first, each one click from the mail.
import type { NoteStatus, TemplateInfo } from "./api";
import { $, element } from "./dom";
import { isLanguage, t } from "./ui-language";

const statusOrder = ["InProgress", "Blocked", "NoIntent", "Unknown", "DuplicateInvalid"] as const;

export class TemplateGallery {
  /** Loaded once at start; empty until then (cards render their rewrite without them meanwhile). */
  templates: TemplateInfo[] = [];
  private status: NoteStatus | undefined;

  constructor(private readonly insert: (text: string) => void) {
    $<HTMLSelectElement>("templates-language").addEventListener("change", () => this.render());
  }

  /** The gallery follows the note: its language, and its status first. */
  follow(status: NoteStatus, language: string): void {
    const picker = $<HTMLSelectElement>("templates-language");
    const languageChanged = isLanguage(language) && picker.value !== language;
    if (languageChanged || status !== this.status) {
      if (isLanguage(language)) {
        picker.value = language;
      }
      this.status = status;
      this.render();
    }
  }

  render(): void {
    const language = $<HTMLSelectElement>("templates-language").value;
    const container = $("templates");
    const mine = this.templates.filter((x) => x.language === language);
    if (mine.length === 0) {
      container.replaceChildren(element("p", "muted", t.templatesEmpty));
      return;
    }
    const current = this.status;
    const order = [...statusOrder].sort((a, b) => Number(b === current) - Number(a === current));
    container.replaceChildren(
      ...order.filter((status) => mine.some((x) => x.status === status)).map((status) => this.group(status, mine, language)),
    );
  }

  private group(status: (typeof statusOrder)[number], mine: TemplateInfo[], language: string): HTMLElement {
    const group = element("section", "template-group");
    const headingId = `templates-${status}`;
    const heading = element("h2", "", t.status[status]);
    heading.id = headingId;
    group.setAttribute("aria-labelledby", headingId);
    const list = element("ul", "templates");
    list.append(
      ...mine
        .filter((x) => x.status === status)
        .map((template) => {
          const item = element("li", "card template");
          item.dataset.testid = "template";
          item.dataset.templateId = template.id;
          const textId = `template-${template.id}-${language}`.replace(/[^a-zA-Z0-9-]/g, "-");
          const text = element("p", "template-text", template.text);
          text.id = textId;
          const button = element("button", "", t.insertTemplate);
          button.type = "button";
          button.dataset.testid = "insert-template";
          button.setAttribute("aria-describedby", textId);
          button.addEventListener("click", () => this.insert(template.text));
          item.append(text, button);
          return item;
        }),
    );
    group.append(heading, list);
    return group;
  }
}
