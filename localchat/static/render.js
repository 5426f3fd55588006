// Turns what the bot sent into chat bubbles. Text is shown through its entities only, as
// Telegram's own apps do: everything else stays text, so markup in a person's name never runs.
"use strict";

const ENTITY_TAGS = {
  bold: "b", italic: "i", underline: "u", strikethrough: "s", code: "code", pre: "pre",
  blockquote: "blockquote", expandable_blockquote: "blockquote",
};
const COMMAND = /(^|[\s(])(\/[a-z0-9_]{1,32})(?=$|[\s.,!?;:)])/g;

function elementFor(entity, actions) {
  if (entity.type === "text_link" || entity.type === "url") {
    const link = document.createElement("a");
    const href = entity.url || "";
    if (/^(https?:|tg:)/i.test(href)) link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }
  if (entity.type === "spoiler") {
    const spoiler = document.createElement("span");
    spoiler.className = "spoiler";
    spoiler.addEventListener("click", () => spoiler.classList.add("shown"));
    return spoiler;
  }
  return document.createElement(ENTITY_TAGS[entity.type] || "span");
}

// Plain text, with /commands made clickable like Telegram does in a bot's messages.
function appendText(parent, text, actions) {
  let last = 0;
  for (const match of text.matchAll(COMMAND)) {
    const start = match.index + match[1].length;
    parent.append(text.slice(last, start));
    const command = document.createElement("span");
    command.className = "command";
    command.textContent = match[2];
    command.addEventListener("click", () => actions.say(match[2]));
    parent.append(command);
    last = start + match[2].length;
  }
  parent.append(text.slice(last));
}

// Entity offsets count UTF-16 code units, which is what JavaScript strings index by.
function renderEntities(text, entities, actions) {
  const root = document.createElement("div");
  root.className = "text";
  const sorted = [...(entities || [])].sort((a, b) => a.offset - b.offset || b.length - a.length);
  let next = 0;
  function fill(parent, from, to) {
    let at = from;
    while (next < sorted.length && sorted[next].offset < to) {
      const entity = sorted[next++];
      if (entity.offset < at) continue; // overlaps one already shown
      appendText(parent, text.slice(at, entity.offset), actions);
      const element = elementFor(entity, actions);
      parent.append(element);
      const end = Math.min(entity.offset + entity.length, to);
      fill(element, entity.offset, end);
      at = end;
    }
    appendText(parent, text.slice(at, to), actions);
  }
  fill(root, 0, text.length);
  return root;
}

function humanSize(bytes) {
  if (bytes >= 1048576) return (bytes / 1048576).toFixed(1) + " MB";
  if (bytes >= 1024) return Math.round(bytes / 1024) + " KB";
  return bytes + " B";
}

function mediaFor(view) {
  const url = "/media/" + encodeURIComponent(view.file_id);
  if (view.content === "photo" || (view.content === "animation" && view.mime_type === "image/gif")) {
    const image = document.createElement("img");
    image.className = "media";
    image.src = url;
    image.alt = "";
    return image;
  }
  if (view.content === "animation") {
    const video = document.createElement("video");
    Object.assign(video, { className: "media", src: url, autoplay: true, loop: true, muted: true });
    video.playsInline = true;
    return video;
  }
  if (view.content === "voice") {
    const audio = document.createElement("audio");
    Object.assign(audio, { className: "media", src: url, controls: true, preload: "metadata" });
    return audio;
  }
  const link = document.createElement("a");
  link.className = "file";
  link.href = url + "?download=1";
  link.download = view.file_name || "";
  const icon = document.createElement("span");
  icon.className = "icon";
  icon.textContent = "⬇";
  const label = document.createElement("span");
  const size = document.createElement("div");
  size.className = "size";
  size.textContent = humanSize(view.file_size || 0);
  label.append(view.file_name || "file", size);
  link.append(icon, label);
  return link;
}

function clock(seconds) {
  const when = seconds ? new Date(seconds * 1000) : new Date();
  return when.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hour12: false });
}

function meta(view) {
  const stamp = document.createElement("span");
  stamp.className = "meta";
  stamp.textContent = (view.edited ? "edited " : "") + clock(view.date);
  return stamp;
}

function keyboardFor(view, actions) {
  const keyboard = document.createElement("div");
  keyboard.className = "keyboard";
  for (const row of view.buttons || []) {
    const line = document.createElement("div");
    line.className = "krow";
    for (const [label, data] of row) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = label;
      button.title = label;
      button.addEventListener("click", () => actions.tap(view.message_id, data, label));
      line.append(button);
    }
    keyboard.append(line);
  }
  return keyboard;
}

// One bot message: its bubble (media, text, time) and its inline keyboard.
function renderBotMessage(row, view, actions) {
  const notes = [...row.querySelectorAll(".error-note")];
  row.replaceChildren();
  const bubble = document.createElement("div");
  bubble.className = "bubble";
  if (view.content && view.content !== "text") {
    bubble.classList.add("has-media");
    bubble.append(mediaFor(view));
  }
  if (view.text) bubble.append(renderEntities(view.text, view.entities, actions));
  bubble.append(meta(view));
  row.append(bubble, keyboardFor(view, actions), ...notes);
}

function renderPersonMessage(row, view) {
  const bubble = document.createElement("div");
  bubble.className = "bubble";
  const text = document.createElement("div");
  text.className = "text";
  text.textContent = view.text;
  bubble.append(text, meta(view));
  row.replaceChildren(bubble);
}

window.Render = { renderBotMessage, renderPersonMessage };
