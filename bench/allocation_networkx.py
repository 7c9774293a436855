#!/usr/bin/env python3
"""NetworkX's side of the allocation benchmark (bench/allocation_bench.cpp): solves each instance
with tests/access/networkx_allocation.py and prints its objective with the times, one JSON line
per instance: {"priority_served", "served", "total_distance_m", "build_s", "solve_s", "arcs"}.
build_s: reading the pairs and building the network (plain Python, all pairs); solve_s:
nx.min_cost_flow alone."""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "access"))
import networkx as nx  # noqa: E402
import networkx_allocation  # noqa: E402

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        instance = json.load(f)
    start = time.perf_counter()
    g = networkx_allocation.build(instance)
    built = time.perf_counter()
    flow = nx.min_cost_flow(g)
    solved = time.perf_counter()
    out = networkx_allocation.objective(instance, g, flow)
    out.update(build_s=built - start, solve_s=solved - built, arcs=g.number_of_edges())
    print(json.dumps(out), flush=True)
