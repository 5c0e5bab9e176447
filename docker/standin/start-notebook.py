#!/usr/bin/python3
"""Stand-in for the Docker Stacks start-notebook.py (the image's CMD).

It runs `jupyter $DOCKER_STACKS_JUPYTER_CMD` (default `lab`) with the words of
$NOTEBOOK_ARGS and its own arguments. The real script hands over to
jupyterhub-singleuser when JUPYTERHUB_API_TOKEN is set; the stand-in has no
JupyterHub and says so instead of starting something else.
"""
import os
import shlex
import sys

if "JUPYTERHUB_API_TOKEN" in os.environ:
    sys.exit("start-notebook.py (stand-in): no jupyterhub-singleuser in this test base")
command = ["jupyter", os.environ.get("DOCKER_STACKS_JUPYTER_CMD", "lab")]
command += shlex.split(os.environ.get("NOTEBOOK_ARGS", ""))
command += sys.argv[1:]
print("Executing: " + " ".join(command), flush=True)
os.execvp(command[0], command)
