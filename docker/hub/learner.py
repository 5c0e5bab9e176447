"""learner.py: run a lesson through JupyterHub's proxy, as a learner's
JupyterLab would, and report what it took. Run by docker/classroom_test.go
with the hub's virtual environment (its tornado is the HTTP and WebSocket
client).

usage: python learner.py URL USER TOKEN LESSON

URL is the proxy's address (http://127.0.0.1:PORT), LESSON a path in the
learner's home (lessons/01-....ipynb), TOKEN the learner's own JupyterHub
API token. Through URL/user/USER/ it reads the lesson (contents API),
starts a session with the kernel the lesson names (sessions API), and
executes every code cell in order over the kernel's WebSocket (Jupyter
messaging protocol 5.3: an execute_request on the shell channel, done when
the kernel reports itself idle for it on the iopub channel), stopping at the
first error. It then deletes the session. It prints one line: RESULT and a
JSON object with the user, the kernel, the seconds of each code cell (from
the request to the idle status), the first error, and the whole run's
seconds.
"""
import asyncio
import datetime
import json
import sys
import time
import uuid

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

# CELL_TIMEOUT: seconds one cell may take; lessons.py's, for the same cells.
CELL_TIMEOUT = 900


def message(session, msg_type, content):
    """Returns a Jupyter message on the shell channel."""
    return {
        "header": {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "session": session,
                   "username": "learner", "version": "5.3",
                   "date": datetime.datetime.now(datetime.timezone.utc).isoformat()},
        "parent_header": {}, "metadata": {}, "content": content, "buffers": [], "channel": "shell",
    }


async def execute(ws, session, code):
    """Executes code; returns its seconds and the error it raised, if any."""
    msg = message(session, "execute_request", {
        "code": code, "silent": False, "store_history": True, "user_expressions": {},
        "allow_stdin": False, "stop_on_error": True})
    msg_id = msg["header"]["msg_id"]
    start = time.monotonic()
    await ws.write_message(json.dumps(msg))
    error, replied, idle = "", False, False
    while not (replied and idle):
        raw = await asyncio.wait_for(ws.read_message(), CELL_TIMEOUT)
        if raw is None:
            return time.monotonic() - start, "the kernel's WebSocket closed"
        reply = json.loads(raw)
        if reply.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind, content = reply["msg_type"], reply["content"]
        if kind == "error":
            error = f"{content.get('ename')}: {content.get('evalue')}"
        elif kind == "execute_reply":
            replied = True
            if content.get("status") != "ok" and not error:
                error = f"execute_reply status {content.get('status')}: {content.get('evalue', '')}"
        elif kind == "status" and content.get("execution_state") == "idle":
            idle = True
    return time.monotonic() - start, error


async def main(url, user, token, lesson):
    base = f"{url}/user/{user}/api"
    headers = {"Authorization": f"token {token}"}
    http = AsyncHTTPClient()

    async def call(method, path, body=None):
        r = await http.fetch(HTTPRequest(base + path, method=method, headers=headers,
                                         body=None if body is None else json.dumps(body),
                                         request_timeout=300))
        return json.loads(r.body) if r.body else None

    start = time.monotonic()
    nb = (await call("GET", f"/contents/{lesson}?content=1"))["content"]
    kernel = nb["metadata"]["kernelspec"]["name"]
    result = {"user": user, "lesson": lesson, "kernel": kernel, "cell_s": [], "error": ""}
    s = await call("POST", "/sessions", {"path": lesson, "type": "notebook", "kernel": {"name": kernel}})
    session = uuid.uuid4().hex
    ws_url = base.replace("http", "ws", 1) + f"/kernels/{s['kernel']['id']}/channels?session_id={session}"
    # The WebSocket opens once the kernel answers, which on busy cores takes
    # longer than tornado's default 20 s.
    ws = await websocket_connect(HTTPRequest(ws_url, headers=headers, connect_timeout=120, request_timeout=600))
    try:
        for cell in nb["cells"]:
            if cell["cell_type"] != "code":
                continue
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            seconds, error = await execute(ws, session, source)
            result["cell_s"].append(seconds)
            if error:
                result["error"] = f"cell {len(result['cell_s'])}: {error}"
                break
    finally:
        ws.close()
        await call("DELETE", f"/sessions/{s['id']}")
    result["seconds"] = time.monotonic() - start
    print("RESULT " + json.dumps(result), flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    asyncio.run(main(*sys.argv[1:]))
