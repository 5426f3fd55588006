// The page's person, the live stream of their chat, and what they type and tap.
"use strict";

const LANGUAGES = ["en", "de", "es", "ru", ""];
const TOAST_MS = 2500;
const chat = document.getElementById("chat");
const nameField = document.getElementById("first-name");
const languageField = document.getElementById("language");
let person = loadPerson();
let stream = null;
let following = true; // keep the newest message in view unless the person scrolled up
let autoTop = 0; // where the page last scrolled by itself

function newPerson(previous) {
  const guess = (navigator.language || "en").slice(0, 2);
  return {
    id: 100000000 + Math.floor(Math.random() * 900000000),
    name: "",
    language: previous ? previous.language : LANGUAGES.includes(guess) ? guess : "en",
  };
}

function loadPerson() {
  try {
    const stored = JSON.parse(localStorage.getItem("localchat.person"));
    if (stored && Number.isInteger(stored.id)) return stored;
  } catch (error) { /* a broken entry is replaced below */ }
  const fresh = newPerson(null);
  localStorage.setItem("localchat.person", JSON.stringify(fresh));
  return fresh;
}

function savePerson() {
  localStorage.setItem("localchat.person", JSON.stringify(person));
}

async function post(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ user_id: person.id, ...body }),
  });
  return response.json();
}

const actions = {
  say(text) {
    post("/page/say", { text, first_name: person.name, language_code: person.language });
  },
  async tap(messageId, data, label) {
    if (/^(https?:|tg:)/i.test(data)) { window.open(data, "_blank", "noopener"); return; }
    const answer = await post("/page/tap", { message_id: messageId, data });
    if (!answer.ok) showToast("That button is gone.");
  },
};

function rowFor(id, side) {
  let row = chat.querySelector(`.row[data-id="${id}"]`);
  if (!row) {
    row = document.createElement("div");
    row.className = "row " + side;
    row.dataset.id = id;
    const later = [...chat.querySelectorAll(".row")].find((r) => Number(r.dataset.id) > id);
    chat.insertBefore(row, later || null);
  }
  return row;
}

function showMessage(view) {
  hideAbout();
  if (view.from_person) Render.renderPersonMessage(rowFor(view.message_id, "person"), view);
  else Render.renderBotMessage(rowFor(view.message_id, "bot"), view, actions);
}

function showError(note) {
  const box = document.createElement("div");
  box.className = "error-note";
  box.textContent = `Bot API error in ${note.method}: ${note.description}`;
  const row = note.message_id && chat.querySelector(`.row[data-id="${note.message_id}"]`);
  (row || chat).append(box);
  console.error("Bot API error", note.method, note.description);
}

function showToast(text) {
  const toast = document.getElementById("toast");
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(showToast.timer);
  showToast.timer = setTimeout(() => { toast.hidden = true; }, TOAST_MS);
}

function nearBottom() {
  return chat.scrollHeight - chat.scrollTop - chat.clientHeight < 80;
}

function followNewest() {
  if (!following) return;
  chat.scrollTop = chat.scrollHeight;
  autoTop = chat.scrollTop;
}

function onEvent(event) {
  const entry = JSON.parse(event.data);
  if (entry.kind === "snapshot" || entry.who === "user") following = true;
  if (entry.kind === "snapshot") {
    chat.replaceChildren();
    entry.messages.forEach(showMessage);
    if (entry.messages.length === 0) showAbout();
    entry.notes.filter((n) => n.kind === "error").forEach(showError);
  } else if (entry.who === "user") {
    if (entry.kind === "message") showMessage({ ...entry, from_person: true, date: entry.time });
  } else if (entry.kind === "toast" || entry.kind === "alert") {
    showToast(entry.text);
  } else if (entry.kind === "error") {
    showError(entry);
  } else if (entry.kind === "commands") {
    loadMenu();
  } else if (entry.kind === "about") {
    if (!chat.querySelector(".row")) showAbout();
  } else {
    showMessage(entry);
  }
  followNewest();
}

function connect() {
  if (stream) stream.close();
  stream = new EventSource(`/page/events/${person.id}`);
  stream.onmessage = onEvent;
  stream.onopen = loadMenu;
  document.getElementById("person-id").textContent = `#${person.id}`;
  nameField.value = person.name;
  languageField.value = person.language;
}

// An empty chat shows what the bot says about itself, as Telegram does before Start.
async function showAbout() {
  const response = await fetch(`/page/about?lang=${encodeURIComponent(person.language)}`);
  const { description } = await response.json();
  if (!description || chat.querySelector(".row")) return;
  hideAbout();
  const card = document.createElement("div");
  card.className = "about";
  const heading = document.createElement("div");
  heading.className = "about-title";
  heading.textContent = "What can this bot do?";
  const text = document.createElement("div");
  text.className = "about-text";
  text.textContent = description;
  card.append(heading, text);
  chat.append(card);
}

function hideAbout() {
  chat.querySelectorAll(".about").forEach((card) => card.remove());
}

async function loadMenu() {
  const response = await fetch(`/page/menu/${person.id}?lang=${encodeURIComponent(person.language)}`);
  const { commands } = await response.json();
  const menu = document.getElementById("menu");
  menu.replaceChildren();
  for (const { command, description } of commands) {
    const item = document.createElement("button");
    item.type = "button";
    const name = document.createElement("span");
    name.className = "command";
    name.textContent = "/" + command;
    const text = document.createElement("span");
    text.className = "description";
    text.textContent = description;
    item.append(name, text);
    item.addEventListener("click", () => { menu.hidden = true; actions.say("/" + command); });
    menu.append(item);
  }
  document.getElementById("menu-button").hidden = commands.length === 0;
}

// Only the person scrolling up stops the following, not the page's own scrolling.
chat.addEventListener("scroll", () => { following = nearBottom() || chat.scrollTop >= autoTop - 2; });
chat.addEventListener("load", followNewest, true); // a picture grew its message
chat.addEventListener("loadedmetadata", followNewest, true);
document.getElementById("menu-button").addEventListener("click", () => {
  const menu = document.getElementById("menu");
  menu.hidden = !menu.hidden;
});
document.getElementById("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const field = document.getElementById("text");
  if (field.value.trim()) actions.say(field.value);
  field.value = "";
});
document.getElementById("person").addEventListener("submit", (event) => event.preventDefault());
nameField.addEventListener("input", () => { person.name = nameField.value; savePerson(); });
languageField.addEventListener("change", () => {
  person.language = languageField.value;
  savePerson();
  loadMenu();
  if (!chat.querySelector(".row")) showAbout();
});
document.getElementById("new-person").addEventListener("click", () => {
  person = newPerson(person);
  savePerson();
  connect();
});
connect();
