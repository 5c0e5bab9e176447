// live.js: the page side of a live figure (package interactive). Sent once
// per cell run as transient JavaScript (gonbui/dom.TransientJavascript), so
// a saved notebook holds none of it. It waits for gonb's channel
// (globalThis.gonb_comm), enables the controls, and sends every event as a
// JSON string to the cell's program at address {{.Addr}}.
(() => {
    const uid = "{{.UID}}";
    const addr = "{{.Addr}}";
    const deadline = Date.now() + {{.WaitMS}};

    // fmt prints a value like Go's %.4g (and %.0f for integers).
    const fmt = (v, isInt) => isInt ? String(Math.round(v)) : String(Number(v.toPrecision(4)));

    function start() {
        const ctl = document.getElementById("gdi-ctl-" + uid);
        if (!ctl) {
            return;
        }
        // The kernel sends this script again when its "ready" does not
        // arrive (gonb's channel may have been re-created): then only say
        // ready again, through the channel of the moment.
        globalThis.gdlessons = globalThis.gdlessons || {};
        if (globalThis.gdlessons[uid]) {
            globalThis.gdlessons[uid].send({type: "ready"});
            return;
        }
        let seq = 0;
        const send = (ev) => {
            ev.seq = ++seq;
            const comm = globalThis.gonb_comm;
            if (comm) {
                comm.send(addr, JSON.stringify(ev));
            }
            return seq;
        };
        // Tests read the sequence number of the last event sent.
        globalThis.gdlessons[uid] = {lastSeq: () => seq, send: send};

        for (const input of ctl.querySelectorAll("input[type=range]")) {
            const out = ctl.querySelector('output[data-for="' + input.dataset.name + '"]');
            input.disabled = input.dataset.disabled === "1";
            input.addEventListener("input", () => {
                const pos = parseFloat(input.value);
                let v = input.dataset.log === "1" ? Math.pow(10, pos) : pos;
                if (out) {
                    out.textContent = fmt(v, input.dataset.int === "1");
                }
                send({type: "slider", name: input.dataset.name, value: pos});
            });
        }
        for (const button of ctl.querySelectorAll("button[data-action]")) {
            button.disabled = false;
            button.addEventListener("click", () => {
                const action = button.dataset.action;
                if (action === "play" || action === "pause") {
                    const playing = action === "play";
                    button.dataset.action = playing ? "pause" : "play";
                    button.textContent = playing ? "❚❚ Pause" : "▶ Play";
                }
                send({type: action});
                if (action === "done") {
                    for (const el of ctl.querySelectorAll("input, button")) {
                        el.disabled = true;
                    }
                }
            });
        }
        // A click on a panel of the figure: from screen to figure points
        // (origin bottom-left, as in gonum's vg), then to data with the
        // panel's frame.
        // On mousedown, not click: the notebook selects the cell on
        // mousedown and may scroll it, so that by the click event the
        // figure has moved under the pointer.
        document.addEventListener("mousedown", (e) => {
            if (e.button !== 0) {
                return;
            }
            const fig = e.target.closest && e.target.closest("#gdi-fig-" + uid);
            if (!fig) {
                return;
            }
            const svg = fig.querySelector("svg");
            if (!svg) {
                return;
            }
            // The browser's own screen-to-SVG mapping: it knows how the
            // output area scaled the figure (and any letterboxing).
            const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(svg.getScreenCTM().inverse());
            const h = parseFloat(fig.dataset.h);
            const cx = p.x, cy = h - p.y;
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
        // The animation ends on the kernel's side: keep Play/Pause in step
        // with the figure's state, which every frame carries.
        const sync = setInterval(() => {
            const fig = document.getElementById("gdi-fig-" + uid);
            const button = ctl.querySelector('button[data-action="play"], button[data-action="pause"]');
            if (!fig || !ctl.isConnected || !ctl.classList.contains("gdi-live")) {
                clearInterval(sync);
                return;
            }
            const st = JSON.parse(fig.dataset.state || "null");
            if (button && st && typeof st.playing === "boolean") {
                button.dataset.action = st.playing ? "pause" : "play";
                button.textContent = st.playing ? "❚❚ Pause" : "▶ Play";
            }
        }, 250);
        for (const note of ctl.querySelectorAll(".gdi-static-note")) {
            note.style.display = "none";
        }
        ctl.classList.add("gdi-live");
        send({type: "ready"});
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
