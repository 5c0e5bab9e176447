# Stand-in for the Docker Stacks /etc/jupyter/jupyter_server_config.py:
# listen on every interface, open no browser, delete files instead of moving
# them to a trash folder, and apply NB_UMASK when set. Token authentication
# stays on. (Not modelled: GEN_CERT's self-signed certificate.)
import os

c = get_config()  # noqa: F821
c.ServerApp.ip = ""
c.ServerApp.open_browser = False
c.FileContentsManager.delete_to_trash = False
if "NB_UMASK" in os.environ:
    os.umask(int(os.environ["NB_UMASK"], 8))
