#!/usr/bin/env python3
"""Stand-in for the Docker Stacks start-notebook.py (the image's CMD).

Under JupyterHub (JUPYTERHUB_API_TOKEN is set) it hands over to
start-singleuser.py with its arguments. Otherwise it runs
`jupyter $DOCKER_STACKS_JUPYTER_CMD` (default `lab`) with the words of
$NOTEBOOK_ARGS and its own arguments, and prints the command first.
(Not modelled: RESTARTABLE=yes, which needs run-one.)
"""
import os
import shlex
import sys

if "JUPYTERHUB_API_TOKEN" in os.environ:
    print("start-notebook.py: under JupyterHub, handing over to start-singleuser.py", flush=True)
    os.execv("/usr/local/bin/start-singleuser.py", ["start-singleuser.py"] + sys.argv[1:])
command = ["jupyter", os.environ.get("DOCKER_STACKS_JUPYTER_CMD", "lab")]
command += shlex.split(os.environ.get("NOTEBOOK_ARGS", ""))
command += sys.argv[1:]
print("Executing: " + " ".join(command), flush=True)
os.execvp(command[0], command)
