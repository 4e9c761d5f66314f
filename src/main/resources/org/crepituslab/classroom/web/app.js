// The class-mode student page. Every text from the server (nicknames, questions, choices) is put
// on the page with textContent, never as HTML, so nothing typed by anyone can run here.
"use strict";
(function () {
  const W = JSON.parse(document.getElementById("words").textContent);
  const TOKEN_KEY = "crepitus-class-token";
  const $ = (id) => document.getElementById(id);
  let token = localStorage.getItem(TOKEN_KEY);
  let current = null;      // the question shown ({id, type, ...})
  let picked = new Set();  // choices ticked for a multiple-choice question
  let order = [];          // item ids in the student's order
  let stream = null;

  function fill(text, ...args) {
    return String(text).replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
  }
  function show(id, on) { $(id).hidden = !on; }
  function status(text) { $("status").textContent = text || ""; }
  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  async function api(method, path, body) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const r = await fetch(path, init);
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    return { status: r.status, data };
  }

  function showJoin() {
    token = null;
    localStorage.removeItem(TOKEN_KEY);
    show("join", true);
    show("question", false);
    show("reveal", false);
    show("me", false);
    $("heading").textContent = W.heading;
  }

  async function join(ev) {
    ev.preventDefault();
    status(W.joining);
    const name = $("name").value.trim();
    let r;
    try {
      r = await api("POST", "/api/join", { code: $("code").value.trim().toUpperCase(), name });
    } catch (e) { status(W.offline); return; }
    if (r.status === 200 && r.data && r.data.token) {
      token = r.data.token;
      localStorage.setItem(TOKEN_KEY, token);
      localStorage.setItem(TOKEN_KEY + "-name", name);
      status("");
      start();
      return;
    }
    const reasons = { 403: W.wrongCode, 400: W.badName, 429: W.tooMany };
    let text = reasons[r.status];
    if (r.status === 409) {
      const e = r.data && r.data.error ? r.data.error : "";
      text = e.indexOf("taken") >= 0 ? W.nameTaken : e.indexOf("full") >= 0 ? W.full : W.ended;
    }
    status(text || W.offline);
  }

  function start() {
    show("join", false);
    $("me").textContent = fill(W.joinedAs, localStorage.getItem(TOKEN_KEY + "-name") || "");
    show("me", true);
    listen();
    refresh();
  }

  function listen() {
    if (stream) { stream.close(); }
    stream = new EventSource("/api/events?token=" + encodeURIComponent(token));
    stream.addEventListener("question", () => refresh());
    stream.onerror = () => { if (stream.readyState === EventSource.CLOSED) { setTimeout(listen, 3000); } };
  }

  async function refresh() {
    if (!token) { return; }
    let r;
    try { r = await api("GET", "/api/question?token=" + encodeURIComponent(token)); } catch (e) {
      status(W.offline);
      return;
    }
    if (r.status === 403) { showJoin(); return; }
    if (r.status !== 200 || !r.data) { return; }
    render(r.data);
  }

  function render(q) {
    $("heading").textContent = W.title;
    if (q.state === "ended") {
      if (stream) { stream.close(); stream = null; }
      show("question", false);
      show("reveal", false);
      status(W.ended);
      return;
    }
    if (q.state === "waiting" || !q.id) {
      show("question", false);
      show("reveal", false);
      status(W.waiting);
      return;
    }
    const fresh = !current || current.id !== q.id;
    current = q;
    show("question", true);
    $("number").textContent = fill(W.question, q.number, q.total);
    $("prompt").textContent = q.prompt;
    const hints = { sound: W.soundHint, simulation: W.simulationHint, ordering: W.orderHint };
    $("hint").textContent = hints[q.type] || "";
    show("hint", !!hints[q.type]);
    if (fresh) {
      picked = new Set();
      order = q.choices.map((c) => c.id);
      buildAnswer(q);
    }
    const open = q.state === "open";
    $("answer").querySelectorAll("button, input").forEach((b) => { b.disabled = !open; });
    $("send").disabled = !open;
    show("send", open && ["multiple", "numeric", "ordering"].indexOf(q.type) >= 0);
    if (q.state === "revealed") {
      renderReveal(q);
    } else {
      show("reveal", false);
      status(q.answered ? W.sent : "");
    }
  }

  function buildAnswer(q) {
    const box = $("answer");
    clear(box);
    $("send").textContent = W.send;
    if (q.type === "multiple") {
      q.choices.forEach((c) => {
        const row = el("label", undefined, "check");
        const tick = el("input");
        tick.type = "checkbox";
        tick.value = c.id;
        tick.addEventListener("change", () => { if (tick.checked) { picked.add(c.id); } else { picked.delete(c.id); } });
        row.appendChild(tick);
        row.appendChild(el("span", c.text));
        box.appendChild(row);
      });
    } else if (q.type === "numeric") {
      const label = el("label", W.number);
      label.htmlFor = "number-input";
      const input = el("input");
      input.id = "number-input";
      input.type = "text";
      input.inputMode = "decimal";
      box.appendChild(label);
      box.appendChild(input);
    } else if (q.type === "ordering") {
      drawOrder(q);
    } else {
      q.choices.forEach((c) => {
        const b = el("button", c.text, "choice");
        b.type = "button";
        b.dataset.id = c.id;
        b.addEventListener("click", () => {
          box.querySelectorAll("button.choice").forEach((x) => x.classList.toggle("picked", x === b));
          send(c.id);
        });
        box.appendChild(b);
      });
    }
  }

  function drawOrder(q) {
    const box = $("answer");
    clear(box);
    const text = {};
    q.choices.forEach((c) => { text[c.id] = c.text; });
    order.forEach((id, i) => {
      const row = el("div", undefined, "item");
      row.appendChild(el("span", text[id]));
      const up = el("button", W.up);
      up.type = "button";
      up.disabled = i === 0;
      up.addEventListener("click", () => { move(i, -1); drawOrder(q); });
      const down = el("button", W.down);
      down.type = "button";
      down.disabled = i === order.length - 1;
      down.addEventListener("click", () => { move(i, 1); drawOrder(q); });
      row.appendChild(up);
      row.appendChild(down);
      box.appendChild(row);
    });
  }

  function move(i, d) {
    const j = i + d;
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }

  $("send").addEventListener("click", () => {
    if (!current) { return; }
    if (current.type === "multiple") {
      send(Array.from(picked));
    } else if (current.type === "numeric") {
      const v = Number(String($("number-input").value).replace(",", "."));
      if ($("number-input").value.trim() === "" || !isFinite(v)) { status(fill(W.failed, W.number)); return; }
      send(v);
    } else if (current.type === "ordering") {
      send(order.slice());
    }
  });

  async function send(answer) {
    status(W.sending);
    let r;
    try {
      r = await api("POST", "/api/answer", { token, questionId: current.id, answer });
    } catch (e) { status(W.offline); return; }
    if (r.status === 202) { status(W.sent); return; }
    if (r.status === 409) { status(W.closed); refresh(); return; }
    if (r.status === 403) { showJoin(); return; }
    if (r.status === 429) { status(W.tooMany); return; }
    status(fill(W.failed, r.data && r.data.error ? r.data.error : r.status));
  }

  function renderReveal(q) {
    const rv = q.reveal || {};
    show("reveal", true);
    $("correct").textContent = fill(W.answerIs, rv.correctText || "");
    $("explanation").textContent = rv.explanation || "";
    const list = $("tallies");
    clear(list);
    (rv.tallies || []).forEach((t) => {
      const label = W[t.label] && (t.id === "right" || t.id === "partly" || t.id === "wrong") ? W[t.label] : t.label;
      const li = el("li", label + ": " + t.count, t.correct ? "correct" : undefined);
      list.appendChild(li);
    });
    $("score").textContent = rv.yourScore === null || rv.yourScore === undefined ? W.noAnswer
      : fill(W.yourScore, Math.round(rv.yourScore * 100));
    status(W.nextSoon);
  }

  $("join-form").addEventListener("submit", join);
  $("code-label").textContent = W.code;
  $("name-label").textContent = W.name;
  $("join-button").textContent = W.join;
  $("disclaimer").textContent = W.disclaimer;
  document.title = W.title;
  if (token) { start(); } else { showJoin(); }
  // a phone that slept may have missed a message: ask again when the page is shown
  document.addEventListener("visibilitychange", () => { if (!document.hidden) { refresh(); } });
})();
