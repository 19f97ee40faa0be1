# Writes transitive24.jsonl: the first 2000 transitive groups of degree 24 from GAP's library,
# one `tower group --batch` line each ({"id", "degree", "generators"}). Used for the batch
# memory and speed figures in docs/performance.md ("group --batch"):
#   gap -q bench/batch/transitive24.g
#   for i in 1 2 3 4 5; do cat transitive24.jsonl; done > transitive24x5.jsonl
#   /usr/bin/time -f "%e s %M KB" .build/release/tower group --batch transitive24x5.jsonl > /dev/null
LoadPackage("transgrp");
out := OutputTextFile("transitive24.jsonl", false);
SetPrintFormattingStatus(out, false);
for i in [1..2000] do
  gens := List(GeneratorsOfGroup(TransitiveGroup(24, i)), g -> Concatenation("\"", String(g), "\""));
  AppendTo(out, "{\"id\": \"T24_", String(i), "\", \"degree\": 24, \"generators\": [",
           JoinStringsWithSeparator(gens, ", "), "]}\n");
od;
CloseStream(out);
QUIT;
