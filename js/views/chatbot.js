// gr.Chatbot: a conversation in Gradio 6's messages format. Text is Markdown (code
// highlighted, math between latex_delimiters, HTML sanitised per sanitize_html); files
// and components in messages are drawn with the app's own views of those components;
// thoughts (metadata.title) fold, nested by parent_id. Streamed replies arrive as edits of
// the value (docs/protocol.md) and only the messages that changed are drawn again.

import { h, cssSize } from "../lib/dom.js";
import { copyButton } from "../lib/copy.js";
import { icon } from "../lib/icons.js";
import { enhance, messageHtml } from "../lib/chatmarkdown.js";
import { markdownToHtml } from "../lib/markdown.js";
import { chatIcon } from "../lib/chaticons.js";
import prose from "../styles/prose.css";
import buttons from "../styles/buttons.css";
import inputs from "../styles/inputs.css";
import chat from "../styles/chat.css";
import codeColors from "../styles/codecolors.css";

// A file in a message is drawn as this component (a view the app has), by MIME type.
// Adding a kind of media is one entry here; kinds without a view fall back to a native
// element or a download link.
const FILE_COMPONENTS = [
  [/^image\//, "image"],
  [/^audio\//, "audio"],
  [/^video\//, "video"],
];
const NATIVE_MEDIA = { audio: "audio", video: "video" };
const NEAR_BOTTOM_PX = 48;

const isThought = (message) => Boolean(message?.metadata?.title);
const textOf = (message) => (message.content ?? []).filter((p) => p?.type === "text").map((p) => p.text).join("\n\n");

/** The conversation as Gradio's copy-all button writes it: a paragraph per part, `role: text`
 * (files and components by their URL, else their name). */
function conversationText(messages) {
  const lines = [];
  for (const m of messages) {
    for (const part of m.content ?? []) {
      if (part?.type === "text") lines.push(`${m.role}: ${part.text}`);
      else if (part?.type === "file") lines.push(`${m.role}: ${part.file?.url ?? part.file?.orig_name ?? part.file?.path ?? ""}`);
      else if (part?.type === "component") lines.push(`${m.role}: ${part.value?.url ?? part.value?.orig_name ?? part.component}`);
    }
  }
  return lines.join("\n\n");
}

function fileComponent(fd) {
  const mime = fd?.mime_type || "";
  for (const [pattern, name] of FILE_COMPONENTS) if (pattern.test(mime)) return name;
  return "file";
}

/** Consecutive messages of one role make a group (one bubble column), unless told not to. */
function groupMessages(entries, together) {
  const groups = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (together && last && last.role === entry.message.role && entry.message.role !== "system") last.entries.push(entry);
    else groups.push({ role: entry.message.role, entries: [entry] });
  }
  return groups;
}

/** Messages nested under the thought whose metadata.id is their parent_id. */
function nestThoughts(messages) {
  const byId = new Map();
  const top = [];
  messages.forEach((message, index) => {
    const entry = { message, index, children: [] };
    const parent = message?.metadata?.parent_id;
    const host = parent !== undefined && parent !== null ? byId.get(String(parent)) : null;
    if (host) host.children.push(entry);
    else top.push(entry);
    const id = message?.metadata?.id;
    if (isThought(message) && id !== undefined && id !== null) byId.set(String(id), entry);
  });
  return top;
}

function formatDuration(seconds) {
  if (typeof seconds !== "number" || !Number.isFinite(seconds)) return "";
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  return `${Math.floor(seconds / 60)}m ${Math.round(seconds % 60)}s`;
}

export default {
  styles: [prose, buttons, inputs, chat, codeColors],
  // Gradio shows a chatbot's pending state small (the reply streams into it), never as an overlay.
  chrome: { progress: "minimal" },

  render(ctx) {
    const toolbar = ctx.header; // copy-all and clear sit beside the label
    const list = h("div", { class: "nbb-chat-messages", role: "log", "aria-live": "polite", dataset: { nbblocksPart: "messages" } });
    const empty = h("div", { class: "nbb-chat-empty", dataset: { nbblocksPart: "empty" } });
    const scroller = h("div", { class: "nbb-chat-scroll", dataset: { nbblocksPart: "scroll" } }, empty, list);
    const scrollDown = h("button", {
      type: "button", class: "nbb-chat-scroll-down", title: "Scroll down", "aria-label": "Scroll down",
      dataset: { nbblocksPart: "scroll-down" }, hidden: true,
    }, chatIcon("arrowDown"));
    const wrap = h("div", { class: "nbb-chatbot" }, scroller, scrollDown);
    ctx.el.append(wrap);

    const parts = new Map(); // "message.part" -> {key, el, abort}
    const thoughtsOpen = new Map(); // message index -> open, as the reader left it
    const feedback = new Map(); // message index -> chosen feedback
    let editing = null; // {index, text}
    let follow = true; // stick to the bottom while the reader has not scrolled up
    let drawScheduled = false;
    let lastValueKey = null;

    const props = () => ctx.props();
    const events = () => new Set(ctx.events());
    const messages = () => (Array.isArray(ctx.value()) ? ctx.value() : []);

    const atBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= NEAR_BOTTOM_PX;
    const toBottom = () => {
      scroller.scrollTop = scroller.scrollHeight;
      scrollDown.hidden = true;
    };
    ctx.listen(scroller, "scroll", () => {
      follow = atBottom();
      if (follow) scrollDown.hidden = true;
    }, { passive: true });
    ctx.listen(scrollDown, "click", () => {
      follow = true;
      toBottom();
    });

    const copyFor = (getText, onCopy) => copyButton({
      getText: () => {
        const text = getText();
        const mark = props().watermark;
        return mark ? `${text}\n\n${mark}` : text;
      },
      signal: ctx.signal,
      onCopy,
    });

    const textOptions = () => {
      const p = props();
      return {
        renderMarkdown: p.render_markdown !== false,
        sanitize: p.sanitize_html !== false,
        breaks: p.line_breaks !== false,
        latexDelimiters: Array.isArray(p.latex_delimiters) ? p.latex_delimiters : [],
        allowTags: p.allow_tags ?? false,
      };
    };

    // -- one part of a message ------------------------------------------------------------

    function textPart(text, cacheKey, key) {
      let entry = parts.get(cacheKey);
      if (!entry || entry.kind !== "text") {
        entry?.abort?.();
        entry = { kind: "text", key: null, el: h("div", { class: "nbb-prose nbb-chat-text nbb-code-colors", dataset: { nbblocksPart: "text" } }) };
        parts.set(cacheKey, entry);
      }
      if (entry.key !== key) {
        entry.key = key;
        entry.el.innerHTML = messageHtml(text, textOptions());
        const drawn = entry.key;
        enhance(entry.el, {
          loadLibrary: ctx.loadLibrary,
          copyButtonFor: (getText) => copyFor(getText, (copied) => ctx.dispatch("copy", { value: copied })),
          isCurrent: () => entry.key === drawn,
        }).then(() => {
          if (follow) toBottom();
        });
      }
      return entry.el;
    }

    function componentPart(name, value, partProps, cacheKey, key, fallback) {
      let entry = parts.get(cacheKey);
      if (entry && entry.key === key) return entry.el;
      entry?.abort?.();
      const controller = new AbortController();
      ctx.signal.addEventListener("abort", () => controller.abort(), { once: true });
      const el = h("div", { class: `nbb-chat-component nbb-chat-${name}`, dataset: { nbblocksPart: "component", component: name } });
      entry = { kind: "component", key, el, abort: () => controller.abort() };
      parts.set(cacheKey, entry);
      ctx.mountComponent(el, name, { value, props: partProps, signal: controller.signal })
        .then(() => {
          if (follow) toBottom();
        })
        .catch(() => {
          if (controller.signal.aborted) return;
          el.replaceChildren(fallback());
        });
      return el;
    }

    function fileFallback(fd) {
      const kind = NATIVE_MEDIA[fileComponent(fd)];
      if (kind) {
        const media = h(kind, { controls: true, class: "nbb-chat-media", dataset: { nbblocksPart: kind } });
        ctx.fileSource(fd).then((source) => {
          media.src = source.kind === "url" ? source.url : URL.createObjectURL(source.blob);
        }).catch(() => {});
        return media;
      }
      return fileLink(fd);
    }

    function fileLink(fd) {
      const name = fd?.orig_name || String(fd?.path ?? "file").split("/").pop();
      const link = h("button", { type: "button", class: "nbb-chat-file-link", dataset: { nbblocksPart: "file-link" } }, icon("file"), name);
      ctx.listen(link, "click", () => ctx.download(fd).catch(() => {}));
      return link;
    }

    function drawPart(part, message, index, p, partIndex) {
      const cacheKey = `${index}.${partIndex}`;
      if (part?.type === "text") return textPart(part.text, cacheKey, JSON.stringify([part.text, textOptions()]));
      if (part?.type === "file") {
        const fd = part.file;
        const name = fileComponent(fd);
        const key = JSON.stringify([fd?.path, fd?.url, part.alt_text]);
        const partProps = name === "image" ? { buttons: p.allow_file_downloads === false ? [] : ["download", "fullscreen"] }
          : name === "file" ? { buttons: p.allow_file_downloads === false ? [] : ["download"] } : {};
        return componentPart(name, fd, partProps, cacheKey, key, () => fileFallback(fd));
      }
      if (part?.type === "component") {
        const key = JSON.stringify([part.component, part.value, part.props]);
        const partProps = { ...(part.props ?? {}) };
        delete partProps.value;
        return componentPart(part.component, part.value, partProps, cacheKey, key,
          () => h("div", { class: "nbb-chat-unknown" }, `(${part.component})`));
      }
      return h("div", { class: "nbb-chat-unknown" }, JSON.stringify(part));
    }

    // -- a message (possibly a thought holding others) --------------------------------------

    function drawMessage(entry, p) {
      const { message, index } = entry;
      if (editing && editing.index === index) return editing.el ?? (editing.el = editForm(entry));
      const body = h("div", { class: "nbb-chat-message-body" },
        (message.content ?? []).map((part, i) => drawPart(part, message, index, p, i)));
      if (!isThought(message)) {
        const el = h("div", { class: "nbb-chat-message", dataset: { nbblocksPart: "message", index: String(index), role: message.role } }, body);
        if (events().has("select")) {
          el.classList.add("nbb-selectable");
          ctx.listen(el, "click", (event) => {
            if (event.target.closest("button, a, input, textarea")) return;
            const first = (message.content ?? [])[0];
            const value = first?.type === "text" ? first.text : first?.type === "file" ? first.file : first ?? null;
            ctx.dispatch("select", { index, value, selected: true });
          });
        }
        return el;
      }
      return drawThought(entry, body, p);
    }

    function drawThought(entry, body, p) {
      const { message, index } = entry;
      const meta = message.metadata ?? {};
      const pending = meta.status === "pending";
      const open = thoughtsOpen.has(index) ? thoughtsOpen.get(index) : meta.status !== "done";
      const title = h("span", { class: "nbb-chat-thought-title", dataset: { nbblocksPart: "thought-title" } });
      title.innerHTML = markdownToHtml(String(meta.title), { sanitize: true }).replace(/^<p>|<\/p>\s*$/g, "");
      const header = h("button", {
        type: "button", class: "nbb-chat-thought-header", "aria-expanded": String(open), dataset: { nbblocksPart: "thought-header" },
      },
      h("span", { class: "nbb-chat-thought-chevron" }, chatIcon("chevronRight")),
      title,
      pending ? h("span", { class: "nbb-chat-spinner", role: "status", "aria-label": "Thinking", dataset: { nbblocksPart: "thought-pending" } }) : null,
      meta.log ? h("span", { class: "nbb-chat-thought-log" }, String(meta.log)) : null,
      meta.duration !== undefined && meta.duration !== null
        ? h("span", { class: "nbb-chat-thought-duration", dataset: { nbblocksPart: "thought-duration" } }, `(${formatDuration(meta.duration)})`) : null);
      const children = entry.children.map((child) => drawMessage(child, p));
      const content = h("div", { class: "nbb-chat-thought-body", dataset: { nbblocksPart: "thought-body" }, hidden: !open }, body, children);
      const el = h("div", {
        class: `nbb-chat-thought${pending ? " nbb-pending" : ""}`,
        dataset: { nbblocksPart: "thought", index: String(index), status: meta.status ?? "" },
      }, header, content);
      ctx.listen(header, "click", () => {
        const now = content.hidden;
        thoughtsOpen.set(index, now);
        content.hidden = !now;
        header.setAttribute("aria-expanded", String(now));
      });
      return el;
    }

    function editForm(entry) {
      const area = h("textarea", { class: "nbb-input nbb-chat-edit-input", rows: 3, dataset: { nbblocksPart: "edit-input" } });
      area.value = editing.text;
      const submit = h("button", { type: "button", class: "nbb-button nbb-button-primary nbb-size-sm", dataset: { nbblocksPart: "edit-submit" } }, "Submit");
      const cancel = h("button", { type: "button", class: "nbb-button nbb-button-secondary nbb-size-sm", dataset: { nbblocksPart: "edit-cancel" } }, "Cancel");
      ctx.listen(area, "input", () => { editing.text = area.value; });
      ctx.listen(area, "keydown", (event) => {
        if (event.key === "Escape") cancel.click();
        else if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          submit.click();
        }
      });
      ctx.listen(cancel, "click", () => {
        editing = null;
        schedule();
      });
      ctx.listen(submit, "click", () => {
        const { index } = entry;
        const text = area.value;
        const previous = textOf(entry.message);
        editing = null;
        const next = structuredClone(messages());
        next[index] = { ...next[index], content: [{ type: "text", text }] };
        ctx.setValue(next, { events: ["edit"], data: { edit: { index, value: text, previous_value: previous } } });
        schedule();
      });
      requestAnimationFrame(() => area.focus());
      return h("div", { class: "nbb-chat-edit", dataset: { nbblocksPart: "edit" } }, area, h("div", { class: "nbb-chat-edit-buttons" }, cancel, submit));
    }

    // -- a group's buttons ---------------------------------------------------------------------

    function actionButton(name, label, part, onClick, pressed = null) {
      const button = h("button", { type: "button", class: "nbb-icon-button nbb-chat-action", title: label, "aria-label": label, dataset: { nbblocksPart: part } }, chatIcon(name));
      if (pressed !== null) button.setAttribute("aria-pressed", String(pressed));
      ctx.listen(button, "click", (event) => {
        event.stopPropagation();
        onClick(event);
      });
      return button;
    }

    function lastUserMessage() {
      const all = messages();
      let i = all.length - 1;
      while (i >= 0 && all[i].role !== "user") i -= 1;
      return i >= 0 ? { index: i, value: all[i].content } : null;
    }

    function groupActions(group, isLast, p) {
      const ev = events();
      const first = group.entries[0];
      const role = group.role;
      const out = [];
      const buttons = Array.isArray(p.buttons) ? p.buttons : ["copy", "copy_all"];
      // As Gradio's: each text of the group on its own line; the copy event carries the
      // text without the watermark.
      const text = group.entries.flatMap((e) => (e.message.content ?? []).filter((c) => c?.type === "text").map((c) => c.text)).join("\n");
      if (buttons.includes("copy") && text) {
        const copy = copyFor(() => text, () => ctx.dispatch("copy", { value: text }));
        copy.classList.add("nbb-chat-action");
        copy.dataset.nbblocksPart = "message-copy";
        out.push(copy);
      }
      const likeable = ev.has("like") && (role === "assistant" || (role === "user" && p.like_user_message));
      if (likeable) {
        const options = Array.isArray(p.feedback_options) ? p.feedback_options : ["Like", "Dislike"];
        const chosen = feedback.get(first.index) ?? null;
        const send = (option) => {
          const next = chosen === option ? null : option;
          feedback.set(first.index, next);
          const liked = option === "Like" ? true : option === "Dislike" ? false : option;
          ctx.dispatch("like", { index: first.index, value: group.entries.map((e) => e.message.content), liked });
          schedule();
        };
        if (options.includes("Like")) out.push(actionButton(chosen === "Like" ? "thumbUpFilled" : "thumbUp", "Like", "like", () => send("Like"), chosen === "Like"));
        if (options.includes("Dislike")) out.push(actionButton(chosen === "Dislike" ? "thumbDownFilled" : "thumbDown", "Dislike", "dislike", () => send("Dislike"), chosen === "Dislike"));
        const others = options.filter((o) => o !== "Like" && o !== "Dislike");
        if (others.length) out.push(flagMenu(others, chosen, send));
      }
      if (isLast && role === "assistant" && ev.has("retry")) out.push(actionButton("retry", "Retry", "retry", () => {
        const last = lastUserMessage();
        if (last) ctx.dispatch("retry", last);
      }));
      if (isLast && role === "assistant" && ev.has("undo")) out.push(actionButton("undo", "Undo", "undo", () => {
        const last = lastUserMessage();
        if (last) ctx.dispatch("undo", last);
      }));
      const editable = p.editable === "all" || (p.editable === "user" && role === "user");
      const editTarget = group.entries.find((e) => !isThought(e.message) && (e.message.content ?? []).some((c) => c.type === "text"));
      if (editable && editTarget && ctx.interactive() !== false) out.push(actionButton("edit", "Edit", "edit", () => {
        editing = { index: editTarget.index, text: textOf(editTarget.message) };
        schedule();
      }));
      return out.length ? h("div", { class: "nbb-chat-actions", dataset: { nbblocksPart: "actions" } }, out) : null;
    }

    function flagMenu(options, chosen, send) {
      const menu = h("div", { class: "nbb-chat-flag-menu", dataset: { nbblocksPart: "flag-menu" }, hidden: true },
        options.map((option) => {
          const item = h("button", { type: "button", class: `nbb-chat-flag-option${chosen === option ? " nbb-selected" : ""}`, dataset: { nbblocksPart: "flag-option" } }, option);
          ctx.listen(item, "click", (event) => {
            event.stopPropagation();
            menu.hidden = true;
            send(option);
          });
          return item;
        }));
      const button = actionButton(options.includes(chosen) ? "flagFilled" : "flag", "Feedback", "flag", () => { menu.hidden = !menu.hidden; });
      return h("span", { class: "nbb-chat-flag" }, button, menu);
    }

    // -- the whole conversation ------------------------------------------------------------------

    const images = new Map(); // FileData path -> object URL (or the URL itself), loaded once
    function imageFor(fd, img) {
      const known = images.get(fd.path);
      if (known) {
        known.then((src) => { img.src = src; }).catch(() => {});
        return img;
      }
      const loading = ctx.fileSource(fd).then((source) => (source.kind === "url" ? source.url : URL.createObjectURL(source.blob)));
      images.set(fd.path, loading);
      loading.then((src) => { img.src = src; }).catch(() => images.delete(fd.path));
      return img;
    }

    function avatar(role, p) {
      const list = Array.isArray(p.avatar_images) ? p.avatar_images : [];
      const fd = role === "user" ? list[0] : role === "assistant" ? list[1] : null;
      if (!fd || typeof fd.path !== "string") return null;
      return imageFor(fd, h("img", { class: "nbb-chat-avatar", alt: `${role} avatar`, dataset: { nbblocksPart: "avatar", role } }));
    }

    function drawEmpty(p) {
      const children = [];
      if (p.placeholder) {
        const text = h("div", { class: "nbb-prose nbb-chat-placeholder", dataset: { nbblocksPart: "placeholder" } });
        text.innerHTML = markdownToHtml(String(p.placeholder), { sanitize: true });
        children.push(text);
      }
      const examples = Array.isArray(p.examples) ? p.examples : [];
      if (examples.length) {
        children.push(h("div", { class: "nbb-chat-examples", role: "list", dataset: { nbblocksPart: "examples" } },
          examples.map((example, index) => {
            const shown = example.display_text || example.text || "";
            const button = h("button", {
              type: "button", class: "nbb-chat-example", "aria-label": `Select example ${index + 1}: ${shown}`,
              dataset: { nbblocksPart: "example", index: String(index) },
            });
            const iconFd = example.icon && example.icon.path ? example.icon : null;
            if (iconFd) {
              button.append(imageFor(iconFd, h("img", { class: "nbb-chat-example-icon", alt: "" })));
            } else if (Array.isArray(example.files) && example.files.length) {
              button.append(h("span", { class: "nbb-chat-example-files" }, icon("file"), `${example.files.length}`));
            }
            button.append(h("span", { class: "nbb-chat-example-text" }, shown));
            ctx.listen(button, "click", () => {
              const value = { text: example.text ?? "" };
              if (example.files !== undefined) value.files = example.files;
              ctx.dispatch("example_select", { index, value });
            });
            return button;
          })));
      }
      empty.replaceChildren(...children);
      empty.hidden = children.length === 0;
    }

    function drawToolbar(p, all) {
      const buttons = Array.isArray(p.buttons) ? p.buttons : ["copy", "copy_all"];
      const out = [];
      if (buttons.includes("copy_all") && all.length) {
        const copy = copyFor(() => conversationText(all), null);
        copy.dataset.nbblocksPart = "copy-all";
        copy.title = "Copy conversation";
        copy.setAttribute("aria-label", "Copy conversation");
        out.push(copy);
      }
      if (all.length && (ctx.interactive() || events().has("clear"))) {
        out.push(actionButton("trash", "Clear", "clear", () => {
          editing = null;
          feedback.clear();
          ctx.setValue([], { events: ["clear"] });
          schedule();
        }));
      }
      toolbar.replaceChildren(...out);
    }

    function drawOptions(all) {
      const last = all[all.length - 1];
      if (!last || last.role !== "assistant" || !Array.isArray(last.options) || !last.options.length) return null;
      return h("div", { class: "nbb-chat-options", dataset: { nbblocksPart: "options" } },
        last.options.map((option, index) => {
          const button = h("button", { type: "button", class: "nbb-chat-option", dataset: { nbblocksPart: "option", index: String(index) } },
            option.label ?? option.value);
          ctx.listen(button, "click", () => ctx.dispatch("option_select", { index, value: option.value }));
          return button;
        }));
    }

    function draw() {
      drawScheduled = false;
      const p = props();
      const all = messages();
      // height=None (sent as null): the chat fits its messages between min_height and
      // max_height, as in Gradio; a height not sent at all keeps the stylesheet's 400px.
      wrap.style.height = p.height === null ? "auto" : cssSize(p.height);
      wrap.style.minHeight = cssSize(p.min_height);
      wrap.style.maxHeight = cssSize(p.max_height);
      wrap.classList.toggle("nbb-chat-panel", p.layout === "panel");
      wrap.classList.toggle("nbb-chat-bubble", p.layout !== "panel");
      wrap.classList.toggle("nbb-chat-resizable", Boolean(p.resizable));
      wrap.dir = p.rtl ? "rtl" : "";
      drawToolbar(p, all);
      drawEmpty(all.length ? {} : p);

      const wasAtBottom = follow;
      const groups = groupMessages(nestThoughts(all), p.group_consecutive_messages !== false);
      const lastAssistant = groups.length && groups[groups.length - 1].role === "assistant" ? groups.length - 1 : -1;
      const rows = groups.map((group, g) => {
        const column = h("div", { class: "nbb-chat-column" },
          h("div", { class: "nbb-chat-bubble-box", dataset: { nbblocksPart: "bubble" } }, group.entries.map((e) => drawMessage(e, p))),
          groupActions(group, g === lastAssistant, p));
        return h("div", { class: `nbb-chat-row nbb-chat-${group.role}`, dataset: { nbblocksPart: "row", role: group.role } },
          avatar(group.role, p), column);
      });
      const status = ctx.status();
      const waiting = status.state === "pending" && (!all.length || all[all.length - 1].role === "user");
      if (waiting) {
        rows.push(h("div", { class: "nbb-chat-row nbb-chat-assistant", dataset: { nbblocksPart: "pending", role: "assistant" } },
          avatar("assistant", p),
          h("div", { class: "nbb-chat-column" }, h("div", { class: "nbb-chat-bubble-box nbb-chat-typing" },
            h("span"), h("span"), h("span")))));
      }
      const options = drawOptions(all);
      if (options) rows.push(options);
      list.replaceChildren(...rows);

      // Forget the parts of messages that are gone (a cleared or shortened conversation).
      for (const [key, entry] of parts) {
        const index = Number(key.split(".")[0]);
        if (index >= all.length || !entry.el.isConnected) {
          entry.abort?.();
          parts.delete(key);
        }
      }
      for (const index of [...thoughtsOpen.keys()]) if (index >= all.length) thoughtsOpen.delete(index);
      for (const index of [...feedback.keys()]) if (index >= all.length) feedback.delete(index);

      const valueKey = JSON.stringify(all.length ? all[all.length - 1] : null) + all.length;
      const changed = valueKey !== lastValueKey;
      lastValueKey = valueKey;
      if (p.autoscroll !== false && wasAtBottom) toBottom();
      else if (changed && !atBottom()) scrollDown.hidden = false;
    }

    // Streamed updates can come faster than frames: draw once per frame.
    function schedule() {
      if (drawScheduled) return;
      drawScheduled = true;
      requestAnimationFrame(() => {
        if (!ctx.signal.aborted) draw();
      });
    }

    const initialFeedback = () => {
      const values = props().feedback_value;
      if (!Array.isArray(values)) return;
      let n = 0;
      messages().forEach((message, index) => {
        if (message.role !== "assistant") return;
        if (values[n] !== undefined && values[n] !== null) feedback.set(index, values[n]);
        n += 1;
      });
    };

    initialFeedback();
    draw();
    ctx.on("value", schedule);
    ctx.on("props", schedule);
    ctx.on("events", schedule);
    ctx.on("status", schedule);
    if (typeof ResizeObserver === "function") {
      const observer = new ResizeObserver(() => {
        if (follow && props().autoscroll !== false) toBottom();
      });
      observer.observe(list);
      ctx.signal.addEventListener("abort", () => observer.disconnect(), { once: true });
    }
    return () => {
      for (const entry of parts.values()) entry.abort?.();
      parts.clear();
      for (const loading of images.values()) {
        loading.then((src) => { if (src.startsWith("blob:")) URL.revokeObjectURL(src); }).catch(() => {});
      }
    };
  },
};
