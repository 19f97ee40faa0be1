# GAP side of the "S300 x S7" timing in docs/performance.md (issue 18): Size, then DerivedSeries
# and LowerCentralSeries, CPU ms so far after each step. 5 Dec 2026: Size 1 ms; DerivedSeries had
# not finished when `timeout 300` stopped GAP 4.12 (beside one training run).
#   timeout 300 gap -q bench/gap/s300_x_s7_timing.g < /dev/null
t := Runtime();
G := DirectProduct(SymmetricGroup(300), SymmetricGroup(7));
Size(G); Print("S300 x S7 size ", Runtime() - t, " ms\n");
DerivedSeries(G); Print("S300 x S7 +derived ", Runtime() - t, " ms\n");
LowerCentralSeries(G); Print("S300 x S7 +lcs ", Runtime() - t, " ms\n");
QUIT;
