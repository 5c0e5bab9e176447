#!/bin/bash
# Stand-in for the Docker Stacks start.sh (the ENTRYPOINT after tini): it runs
# the start-up hooks of /usr/local/bin/start-notebook.d and before-notebook.d
# (a *.sh file is sourced, any other executable file is run; a failing hook is
# reported and the start goes on), then executes its arguments, or bash.
# Only the path of a container started as the notebook user is modelled; the
# real script also refits the user when started as root.
set -e
run_hooks() {
    local hook
    for hook in "$1"/*; do
        [ -e "$hook" ] || continue
        case "$hook" in
        *.sh) source "$hook" || echo "ERROR: $hook failed, going on" >&2 ;;
        *) if [ -x "$hook" ]; then "$hook" || echo "ERROR: $hook failed, going on" >&2; fi ;;
        esac
    done
}
run_hooks /usr/local/bin/start-notebook.d
run_hooks /usr/local/bin/before-notebook.d
if [ $# -eq 0 ]; then
    set -- bash
fi
exec "$@"
