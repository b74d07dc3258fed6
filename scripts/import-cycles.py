#!/usr/bin/env python3
# Lists import circles among src/**/*.ts (relative imports, type-only ones included): the check
# behind "src has no import circle" (docs/ARCHITECTURE.md). Exit code 1 when there is one.
import os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else "src"
files = {}
for d, _, names in os.walk(root):
    if "generated" in d:
        continue
    for n in names:
        if n.endswith(".ts"):
            p = os.path.normpath(os.path.join(d, n))
            text = open(p, encoding="utf8").read()
            files[p] = [os.path.normpath(os.path.join(d, m.group(1))).replace(".js", ".ts")
                        for m in re.finditer(r"""(?:import|export)[^'"]*?from\s+["'](\.[^"']+)["']""", text)]
sys.setrecursionlimit(10000)
state, cycles = {}, []
def visit(u, stack):
    state[u] = 1
    stack.append(u)
    for v in files.get(u, []):
        if v not in files:
            continue
        if state.get(v) == 1:
            cycles.append(stack[stack.index(v):] + [v])
        elif not state.get(v):
            visit(v, stack)
    stack.pop()
    state[u] = 2
for f in files:
    if not state.get(f):
        visit(f, [])
for c in cycles:
    print(" -> ".join(c))
print(f"{len(cycles)} import circle(s) among {len(files)} files")
sys.exit(1 if cycles else 0)
