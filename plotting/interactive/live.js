// live.js: the page side of a live figure (package interactive). Sent as
// transient JavaScript (gonbui/dom.TransientJavascript), so a saved
// notebook holds none of it. It waits for gonb's channel
// (globalThis.gonb_comm), says "ready" to the cell's program, and once the
// program has answered (a figure drawn for that event) enables the
// controls; then every event goes as a JSON string to address {{.Addr}}.
// The program sends this script again when its "ready" does not arrive
// (gonb's channel may have been re-created): it then only says ready again.
(() => {
    const uid = "{{.UID}}";
    const addr = "{{.Addr}}";
    const deadline = Date.now() + {{.WaitMS}};

    // fmt prints a value like Go's %.4g (and %.0f for integers).
    const fmt = (v, isInt) => isInt ? String(Math.round(v)) : String(Number(v.toPrecision(4)));
    const figure = () => document.getElementById("gdi-fig-" + uid);

    function bind(ctl) {
        let seq = 0;
        const send = (ev) => {
            ev.seq = ++seq;
            const comm = globalThis.gonb_comm; // the channel of the moment
            if (comm) {
                comm.send(addr, JSON.stringify(ev));
            }
            return seq;
        };
        for (const input of ctl.querySelectorAll("input[type=range]")) {
            const out = ctl.querySelector('output[data-for="' + input.dataset.name + '"]');
            input.addEventListener("input", () => {
                const pos = parseFloat(input.value);
                const v = input.dataset.log === "1" ? Math.pow(10, pos) : pos;
                if (out) {
                    out.textContent = fmt(v, input.dataset.int === "1");
                }
                send({type: "slider", name: input.dataset.name, value: pos});
            });
        }
        // A button acts on pointerdown, not on click: JupyterLab makes a
        // cell that is not the active one active on mousedown and may
        // scroll it into view, so that by the mouseup the button has moved
        // from under the pointer and no click follows. Stopping the
        // mousedown keeps the notebook from moving the cell at all. A click
        // with no pointer behind it (detail 0: Enter or Space on a focused
        // button) acts too.
        for (const button of ctl.querySelectorAll("button[data-action]")) {
            const act = () => {
                const action = button.dataset.action;
                if (action === "play" || action === "pause") {
                    const playing = action === "play";
                    button.dataset.action = playing ? "pause" : "play";
                    button.textContent = playing ? "❚❚ Pause" : "▶ Play";
                }
                send({type: action});
                if (action === "done") {
                    ctl.classList.remove("gdi-live");
                    for (const el of ctl.querySelectorAll("input, button")) {
                        el.disabled = true;
                    }
                }
            };
            button.addEventListener("pointerdown", (e) => {
                if (e.button === 0 && !button.disabled) {
                    e.preventDefault(); // no focus move, no text selection
                    act();
                }
            });
            button.addEventListener("mousedown", (e) => e.stopPropagation());
            button.addEventListener("click", (e) => {
                if (e.detail === 0 && !button.disabled) {
                    act();
                }
            });
        }
        // A click on a panel of the figure, read on mousedown: the notebook
        // selects the cell on mousedown and may scroll it, so that by the
        // click event the figure has moved under the pointer. From the
        // screen to the figure's points with the browser's own mapping of
        // the SVG (it knows how the output scaled it), then to data with the
        // panel's frame (origin bottom-left, as in gonum's vg).
        document.addEventListener("mousedown", (e) => {
            if (e.button !== 0 || !ctl.classList.contains("gdi-live")) {
                return;
            }
            const fig = e.target.closest && e.target.closest("#gdi-fig-" + uid);
            const svg = fig && fig.querySelector("svg");
            if (!svg) {
                return;
            }
            const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(svg.getScreenCTM().inverse());
            const cx = p.x, cy = parseFloat(fig.dataset.h) - p.y;
            const frames = JSON.parse(fig.dataset.frames || "[]") || [];
            frames.forEach((f, i) => {
                if (cx < f.MinX || cx > f.MaxX || cy < f.MinY || cy > f.MaxY) {
                    return;
                }
                const x = f.XMin + (cx - f.MinX) / (f.MaxX - f.MinX) * (f.XMax - f.XMin);
                const y = f.YMin + (cy - f.MinY) / (f.MaxY - f.MinY) * (f.YMax - f.YMin);
                send({type: "click", panel: i, x: x, y: y});
            });
        });
        // The animation ends on the program's side: keep Play/Pause in step
        // with the figure's state, which every frame carries.
        const sync = setInterval(() => {
            const fig = figure();
            if (!fig || !ctl.isConnected) {
                clearInterval(sync);
                return;
            }
            const button = ctl.querySelector('button[data-action="play"], button[data-action="pause"]');
            const st = JSON.parse(fig.dataset.state || "null");
            if (button && st && typeof st.playing === "boolean") {
                button.dataset.action = st.playing ? "pause" : "play";
                button.textContent = st.playing ? "❚❚ Pause" : "▶ Play";
            }
        }, 250);
        return {send: send, lastSeq: () => seq};
    }

    // ready says "ready" and enables the controls once the program has drawn
    // the figure for it: then the channel works both ways.
    function ready(ctl, live) {
        const seq = live.send({type: "ready"});
        const wait = setInterval(() => {
            const fig = figure();
            if (!ctl.isConnected) {
                clearInterval(wait);
            } else if (fig && parseInt(fig.dataset.seq, 10) >= seq) {
                clearInterval(wait);
                for (const el of ctl.querySelectorAll("input, button")) {
                    el.disabled = el.dataset.disabled === "1";
                }
                for (const note of ctl.querySelectorAll(".gdi-static-note")) {
                    note.style.display = "none";
                }
                ctl.classList.add("gdi-live");
            }
        }, 50);
    }

    function start() {
        const ctl = document.getElementById("gdi-ctl-" + uid);
        if (!ctl) {
            return;
        }
        // Tests read the sequence number of the last event sent.
        globalThis.gdlessons = globalThis.gdlessons || {};
        if (!globalThis.gdlessons[uid]) {
            globalThis.gdlessons[uid] = bind(ctl);
        }
        ready(ctl, globalThis.gdlessons[uid]);
    }

    (function wait() {
        if (globalThis.gonb_comm) {
            start();
        } else if (Date.now() < deadline) {
            setTimeout(wait, 50);
        } else {
            console.error("gdlessons/interactive: gonb's channel to the kernel (gonb_comm) is missing; the figure stays static.");
        }
    })();
})();
