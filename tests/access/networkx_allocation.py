#!/usr/bin/env python3
"""An independent solver of the batch allocation (issue #6): NetworkX's min_cost_flow on the
plain network, one node per request and per doctor, with the same unserved penalties as
src/access/allocation_flow.cpp. Used by tests/access/allocation_networkx_test.cpp and by the
benchmark (bench/allocation_networkx.py).

    networkx_allocation.py INSTANCE.json...   prints one JSON objective per instance:
    {"priority_served": p, "served": s, "total_distance_m": d}

An instance: {"max_distance_km": 30,
              "requests": [{"id", "latitude", "longitude", "commune", "age", "flags": [names]}],
              "doctors": [{"id", "latitude", "longitude", "capacity", "priority_only",
                           "age_min": int|null, "age_max": int|null, "communes": [codes]}]}
"""
import json
import math
import sys

import networkx as nx


def distance_km(lat1, lon1, lat2, lon2):
    """Haversine, mean Earth radius 6,371 km, as territory::distance_km."""
    k = math.pi / 180.0
    dlat = (lat2 - lat1) * k
    dlon = (lon2 - lon1) * k
    a = math.sin(dlat / 2) * math.sin(dlat / 2) + \
        math.cos(lat1 * k) * math.cos(lat2 * k) * math.sin(dlon / 2) * math.sin(dlon / 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def metres(km):
    """Rounded half away from zero, as std::llround."""
    x = km * 1000.0
    whole = math.floor(x)
    return whole + 1 if x - whole >= 0.5 else whole


def accepts(doctor, request):
    if doctor["priority_only"] and not request["flags"]:
        return False
    if doctor["age_min"] is not None and request["age"] < doctor["age_min"]:
        return False
    if doctor["age_max"] is not None and request["age"] > doctor["age_max"]:
        return False
    return not doctor["communes"] or request["commune"] in doctor["communes"]


def build(instance):
    """The network: request (demand -1) → doctor (distance) → sink (capacity); request → sink
    (unserved penalty). Requests with no acceptable doctor in reach stay out."""
    reach = instance["max_distance_km"]
    arcs = {}
    for i, r in enumerate(instance["requests"]):
        for j, d in enumerate(instance["doctors"]):
            if d["capacity"] <= 0 or not accepts(d, r):
                continue
            km = distance_km(r["latitude"], r["longitude"], d["latitude"], d["longitude"])
            if km <= reach:
                arcs.setdefault(i, []).append((j, metres(km)))
    # B = the sum of each request's longest arc + 1; 2B for a priority request.
    b = sum(max(m for _, m in out) for out in arcs.values()) + 1
    g = nx.DiGraph()
    g.add_node("sink", demand=len(arcs))
    for i, out in arcs.items():
        r = ("r", i)
        g.add_node(r, demand=-1)
        g.add_edge(r, "sink", capacity=1, weight=2 * b if instance["requests"][i]["flags"] else b)
        for j, m in out:
            g.add_edge(r, ("d", j), capacity=1, weight=m)
    for j, d in enumerate(instance["doctors"]):
        if g.has_node(("d", j)):
            g.add_edge(("d", j), "sink", capacity=d["capacity"], weight=0)
    return g


def objective(instance, g, flow):
    priority = served = total = 0
    for node, out in flow.items():
        if node == "sink" or node[0] != "r":
            continue
        for target, f in out.items():
            if target != "sink" and f:
                served += 1
                priority += bool(instance["requests"][node[1]]["flags"])
                total += g.edges[node, target]["weight"]
    return {"priority_served": priority, "served": served, "total_distance_m": total}


def solve(instance):
    g = build(instance)
    return objective(instance, g, nx.min_cost_flow(g))


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            print(json.dumps(solve(json.load(f))), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
