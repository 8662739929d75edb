"""The documents of the later rounds of the fact-change reading kept out of ``family_round7.py``
(under 500 lines): round 51's first part (``PART2[51]``) and every document round 51 judged
(``LATER_ROUNDS[51]``; benchmarks/family_round51.md); round 52's (benchmarks/family_round52.md)."""

#: round 51's first part: every candidate of seed 51's seven-day search judged (orders 1-31)
ROUND51_FIRST = (
    "12444 15143 13162 15917 13826 16326 2760 4099 5011 7454 2686 4113 12849 15531 7369 9411 11552 1936"
    " 3583 172 1850 9008 10988 10238 12138 2822 4333 3980 6301 6690 9037 6614 8864 13697 16236 11936"
    " 13814 7484 9434 12822 15591 7402 9367 4260 6563 13321 13543 16150 12851 16007 16770 17051 3847"
    " 6006 9501 11322 9127 11168 13213 13217 16060 4589 6409"
)
#: round 51: its first part, and orders 1-37 of the eight-day search (the 45-row rule met at 37;
#: orders 38-55 not judged, not left out)
ROUND51 = (
    ROUND51_FIRST + " 9865 12500 11865 15186 8744 11694 1879 3887 1771 3769 10100 12689 3474 6583 15618"
    " 710 3270 5539 4970 7867 6893 9634 7070 9834 7332 10026 4519 7421 6836 9677 7437 10183 4922 7736"
    " 9521 12160 2217 4296 10656 13264 8653 11271 2652 4677 4544 3282 5531 1582 3981 9360 11948 11771"
    " 13482 7396 10113 2372 4502 9746 12423 711 3268 2537 4352 280 3003 9808 12559 4130 7403 5889 8853"
)
#: round 51's eight-day search, orders 38-40: printed, not judged; left out from round 52 on
ROUND51_PRINTED = "5539 8553 8882 11491 4938 7818"
#: round 52's first part: every candidate of seed 52's nine-day search judged (orders 1-22)
ROUND52_FIRST = (
    "11792 15371 5291 8836 10750 13633 4317 7896 1379 3605 1153 3707 16250 16969 211 2930 3815 7054"
    " 2994 3073 5782 8414 11401 3075 6122 11859 15387 899 3468 8850 11811 12161 15728 9022 11774 6749"
    " 9870 8726 11894 10735 13470 256 3222 3892 7357"
)
#: round 52: its first part, and every candidate of the ten-day search (orders 1-11 judged; the
#: 45-row rule met at order 3; order 6 counted, not taken)
ROUND52 = (
    ROUND52_FIRST + " 752 3693 1456 5035 14862 16759 11403 15920 1312 4349 304 3747 3308 6842 8418 12289"
    " 10740 14830 416 3554 965 4571"
)
