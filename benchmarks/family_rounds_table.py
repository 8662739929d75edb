"""The tables of the fact-change reading's searches (#23), kept out of ``family_round7.py`` (under
500 lines): the documents every round read or skipped (:data:`READ_BEFORE`, :data:`LATER_ROUNDS`), the
later rounds' settings (:data:`ROUNDS`, :data:`LOOSER`, :data:`SPAN`, :data:`PART2`,
:data:`TEMPLATED_ONLY_ROUNDS`), and the documents of rounds 51-59 (benchmarks/family_round51.md to
family_round59.md). ``family_round7.py`` imports
them; ``READ_BEFORE`` is the list it extends with the rounds it leaves out."""

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
#: round 53's first part: every candidate of seed 53's eleven-day search judged (orders 1-4)
ROUND53_FIRST = "2727 5518 10947 16005 12906 16673 4681 8159"
#: round 53: its first part, and every candidate of the twelve-day search (orders 1-6 judged; the
#: 45-row rule met at order 6)
#: round 54's first part: every candidate of seed 54's thirteen-day search judged (orders 1-5)
ROUND54_FIRST = "6541 10717 7651 11998 7130 11563 7375 11658 6714 11100"
#: round 54: its first part, and every candidate of the fourteen-day search (orders 1-8 judged; the
#: 45-row rule met at order 7)
ROUND54 = ROUND54_FIRST + (
    " 3926 8977 7110 11920 4129 9527 11602 16232 11431 16258 5869 11103 6209 11082 5949 10847"
)
#: round 55's first part: every candidate of seed 55's fifteen-day search judged (orders 1-23)
ROUND55_FIRST = (
    "13232 16854 357 5389 9554 15313 250 5174 1403 6200 10021 15611 10155 15950 8631 14823 10246 15951"
    " 16177 17258 5523 10724 5334 10682 6897 12348 8677 13404 10003 15998 16115 12938 16851 3082 8319"
    " 18418 19756 6513 11862 1551 3639 9393 753 5397"
)
#: round 55: its first part, and every candidate of the sixteen-day search (orders 1-8 judged; both
#: searches ran out at 31 rows, below 45)
ROUND55 = ROUND55_FIRST + (
    " 9400 15809 7222 13069 8851 15015 1220 6682 5772 11315 9618 16024 15720 17092 2080 7678"
)
#: round 56's first part: every candidate of seed 56's seventeen-day search judged (orders 1-8)
ROUND56_FIRST = "18227 18633 5455 12298 15128 17184 5918 12541 8962 15786 8711 15849 6361 12747 5605 12095"
#: round 57's first part: every candidate of seed 57's nineteen-day search judged (orders 1-6)
ROUND57_FIRST = "7801 7944 14745 5509 13065 7731 13712 9907 16146 5281 13096 681 7912"
#: round 58's first part: every candidate of seed 58's twenty-one-day search judged (orders 1-6)
ROUND58_FIRST = "8923 16467 1932 9171 7872 15789 13564 17281 2662 9729 13690 13791 17251"
#: round 58: its first part, and every candidate of the twenty-two-day search (orders 1-3 judged; both
#: searches ran out, 0 rows)
ROUND58 = ROUND58_FIRST + " 1046 8781 109 7428 6344 14833"
#: round 59: every candidate of seed 59's same-day search of the pattern's groups judged (orders 1-45;
#: the 45-row rule met at order 43, order 45 counted, not taken; orders 46-500 not judged)
ROUND59 = (
    "602 845 7687 8023 3414 3434 15378 15550 19130 19346 19384 19413 11346 11670 11719 13921 13924"
    " 14700 19722 19728 2005 2092 16607 16649 14875 14876 4453 4474 4576 4584 13501 13517 13855 1259"
    " 1348 5213 5529 1928 1950 1977 1978 1986 1992 2088 2143 2158 2170 2200 2245 2272 17966 18107 5890"
    " 5948 618 631 633 825 19247 19353 15103 15296 70 117 3148 3171 3475 3487 3494 3495 3503 3508 3606"
    " 3641 3644 3648 3686 3698 3718 11655 11671 19084 19085 19204 19212 19251 19261 19324 19395 19408"
    " 19434 6114 6116 6118 6142 12412 12445 12446 12451 12467 12481 12486 12510 12556 7601 7711 20646"
    " 20767 20812 4264 4270 4309 4312 4471 4557 19548 19606 5431 5500 2288 2293 8786 8954 9084 4947"
    " 5137 2625 2774 2931 1118 1291 1354 8708 8740 8750 8860 9101 15436 15523 14999 15025 15054 15133"
    " 573 728 15375 15408 15450 15452 15562 9237 9399 6433 6887"
)

#: round 60 (benchmarks/family_round60.md): the 25 candidates of ``family_round60.py``'s split that
#: round 60 read (printed by ``choose``: orders 1-6 judged and taken or skipped, 7-9 counted, not
#: taken, 10-25 headlines seen); the 96 of the pool (``claims.POOL_60``) are NOT here: unread
ROUND60 = (
    "2118 2247 2819 2853 2955 15530 16028 8618 8685 42 75 12447 12673 3940 4034 19496 19641 8135 8240"
    " 20865 21391 3024 3249 12816 13049 1595 1669 17330 17346 487 669 823 6882 6940 9480 10251 9591"
    " 9630 18250 18316 3690 3792 4724 4725 2355 2541 11910 12314 12344 5285 5761 5985 6037"
)

#: round 57: its first part, and every candidate of the twenty-day search (orders 1-7 judged; both
#: searches ran out below 45 rows)
ROUND57 = ROUND57_FIRST + " 7933 14956 2791 9553 4315 4367 11559 9362 16327 7509 14756 4470 11459 2627 9418"

#: round 56: its first part, and every candidate of the eighteen-day search (orders 1-9 judged; the
#: 45-row rule met at order 3; orders 5 and 9 counted, not taken)
ROUND56 = ROUND56_FIRST + (
    " 18109 19198 626 630 7166 17930 19040 703 7411 5946 12889 14263 17174 3173 10226 271 6952 18071 19419"
)
ROUND53 = ROUND53_FIRST + " 234 4070 4166 12677 16555 4348 8224 8009 11385 3250 7897 8074 12654"
#: round 52: its first part, and every candidate of the ten-day search (orders 1-11 judged; the
#: 45-row rule met at order 3; order 6 counted, not taken)
ROUND52 = (
    ROUND52_FIRST + " 752 3693 1456 5035 14862 16759 11403 15920 1312 4349 304 3747 3308 6842 8418 12289"
    " 10740 14830 416 3554 965 4571"
)

READ_BEFORE = (
    # rounds 1-3
    "17480 17486 17783 17805 18337 18412 18416 19477 891 956 1002 21462 21454 21301 21501 21492 21475"
    " 12053 12068 12339 12857 12861 12992 13003 8607 8658 8710 12784 12800 12835 12089 12107 12143 12188"
    " 21122 21138 21512 21556 15400 15455 15503 4633 4680 4703 4709 3128 3131 3133 13417 13534 13627"
    " 11177 11213 11231 11236 3708 3720 3723"
    # checked at the edge level in round 1; round 4; round 5
    " 12942 13034 13045 15442 15449 15460 4744 5037 5061 9795 9813 9816 17249 17259 17272"
    " 15171 15223 13056 13074 19411 19464 18661 18662"
    # round 6, and its two skipped groups
    " 19274 19278 4860 4946 1238 1276 3953 3997 8271 8277 11558 11580 930 945 1300 1332"
).split()
#: the documents each later round read, and the groups it skipped: every round leaves out those of
#: the rounds before it (``leave_out``)
LATER_ROUNDS = {
    7: "9689 9697 5445 5487 2326 2542 232 249 10077 10126 3987 4001 3207 3211 6119 6169 9579 9585 1450 1479",
    8: "21020 21174 14262 14519 12775 12940 16732 16741 17170 17188 13042 13050 15057 15353"
    " 13044 13091 18411 18414 20411 20452 15137 15165 14008 14242 12369 12392",
    9: "2936 2942 14293 14366 17040 17043 12797 12834 17870 17874 10862 10910 19727 19783"
    " 18066 18108 11849 11869 9833 9891 9628 9657 11450 11551 13670 14302 13938 14102 13116 13119",
    10: "2138 2210 5376 5561 6606 6746 4055 4158 8427 8499 8778 8823 10138 10195 10676 10784 704 791"
    " 5255 5323 4915 4921 1822 1831 1034 1048 1072 1082 6854 6857 3063 3071",
    11: "12196 12206 16211 16409 19102 19115 19498 19816 15650 15658 15453 15486"
    " 17606 17609 14708 14724 19824 19834 13799 14486 16774 16787 13493 13610",
    12: "14773 14779 15122 15210 19546 19658 12186 12205 13720 14329 13452 13557 13420 13576 14444 14457"
    " 16483 16597 18681 18734 17446 17463 21290 21434 18797 18914 13541 13622 15432 15483 13082 13084"
    " 12641 12651 14412 14739",
    13: "3019 3065 3351 3411 878 990 7629 7645 7823 505 550 2387 2427 10696 10762 1798 1847 9179 9221",
    14: "16253 16357 18866 18980 12729 12794 11120 11135 16217 16556 16220 16242 20893 20907 12936 12968"
    " 18479 18503 21267 21363 15725 15737 18920 18930 15803 15811 13418 13667 14015 14246"
    " 16218 16550 14538 14571 20239 20738 21368 21423",
    15: "6639 6788 9933 9982 9969 9996 5526 5564 3902 3931 7214 7219 9755 9976 6045 6080 9915 10038"
    " 4503 4514",
    16: "19697 19732 13256 13266 11209 11281 11999 12007 11829 11841 13101 13107 17924 17926"
    " 17654 17714 13125 13221 11396 11515 11514 11526 17180 17186 16018 16039 17435 17571 14728 14730",
    17: "6479 6671 6560 6712 6016 6061 6177 6208 489 502 1175 1224 10511 10539 5961 6328 10179 10199"
    " 10132 10220 10395 10452 4711 4740 1159 1209 2883 2891 6117 6126 9913 9947 6841 6884",
    18: "18317 18339 10911 11022 15932 15988 18752 18768 18271 18328 14268 14450 14056 14087 20709 20721"
    " 18947 18958 13487 13650 12070 12092 13323 13637 17228 17287 11473 11582 14554 14572 12623 12693"
    " 17142 17149 17227 17288 20656 20739",
    19: "3028 3329 3682 3877 3871 4020 2052 2078 3577 3589 1237 1289 4663 4795 3560 4008 6757 6866 921 938"
    " 3800 3838 8222 8518 4146 4579 5203 5578 8438 8496 3098 3109 4545 4618",
    20: "12750 12879 18255 18310 21338 21341 12319 12373 17449 17511 15470 15549 13413 13553 13800 13830"
    " 13347 13524",
    21: "1230 1255 2491 2512 3790 3910 6404 6652 8440 8516 5684 5692 740 765 5123 5125 2790 2844 5115 5132"
    " 3322 3327 7952 7972 8729 8763 3901 4022 2782 2880 1114 1121 5541 5558 3855 3929 2311 2319 3163 3183"
    " 10455 10530 5932 5958 4733 4748 5091 2762 2785",
    22: "",  # no candidate group was left
    23: "",
    24: "19495 19566 15048 15234 11225 11260 19943 19981 11402 11449 12676 12699 11104 11107 19099 19334"
    " 16567 16631 20071 20087 19183 19362 16894 16905 19618 19677 16163 16398 12813 12814 13387 14811"
    " 20133 20288 16792 16866 13771 13994 14178 14390 17245 17274 17277 18475 18517 18550 18689 18773"
    " 15678 15722 13033 13058 14885 14923 11262 11575 17240 17244 17266 17267 21013 21459 13192 13199"
    " 16794 16856 16924 16331 16383 15539 15625 11471 11669 20355 20504 20623 13533 14217 13608 13980 14136",
    25: "9036 9087 7779 7905 8188 8421 5886 6000 6067 1297 1316 562 628 3432 3436 882 984 6544 6608 2617"
    " 2922 10403 10449 4137 4196 6056 6085 235 254 267 3012 3248 10505 10586 8640 9125 7252 7274 1836 1862",
    26: "18512 18599 15972 16042 19684 19882 16959 16960 19201 19237 12023 12265 12359 12360 11957"
    " 11961 11383 11604 21006 21216 11390 11461 12292 12389 13495 13686 13726 14332 14364 14984"
    " 15227 15718 15738 10900 10915 17218 17296 11703 11704 10860 11070 18583 18659 16824 16826"
    " 20624 20828 21116 21305 12224 12254",
    27: "2657 2832 3025 3094 1323 1329 6965 6975 1777 1834 6410 6819 6928 9742 10133 311 656 688 363"
    " 622 4500 4612 8405 8493 5465 5569 10355 10379 10209 10264 7925 7999 8040 9670 9696 5952 6095"
    " 8052 8058 10754 10756 1675 1680 1883 4520 4566 1975 2246 4093 4170",
    28: "4824 4941 8688 8856 4182 4201 793 800 816 9523 9660 3556 3594 7022 7461 9350 9351 5622 5642"
    " 3873 3934 372 768 6422 6874 4793 4923 354 429 862 876",
    29: "11208 11316 11815 11834 15569 15700 14505 14605 19070 19226 12252 12273 12326 17415 17433"
    " 12858 13077 16493 16688 20911 21152 14858 14951 20090 20101 16176 16475 16702 19617 19625"
    " 13396 13424 18468 19034 11202 11285 16158 16201 16224 16742 20508 20608 15813 15828 16123"
    " 16750 19318 19387 17293 17300 17314 17747 17748 17750 17283 17295 17299",
    30: "4197 4225 5425 5554 5077 5082 4784 4886 3205 3313 10341 10376 2190 2286 966 987 2251"
    " 2376 10170 10182 10252 5405 5775 7200 7456 3565 3821 9186 9223 9690 9693 8690 8691 10473"
    " 10540 7094 7172 7364 7368 7161 7323 6124 6246",
    31: "18041 18265 12194 12330 16755 16779 17514 17520 14504 14543 14574 14631 18985 18987"
    " 18993 14716 14721 15419 16065 18730 18880 17670 17686 20225 20539 15912 15919 18201"
    " 18325 20899 20963 19087 19290 19378 18026 18175 17991 18110 15098 15330 17973 18187"
    " 14904 15154 15192 15279 18005 18167 15573 16063 16979 17000 18196 18318",
    32: "8916 8921 4735 4778 4781 7606 7623 5505 5563 5643 5724 7060 7217 7382 8611 8614 4295 4539"
    " 2438 2444 1129 1183 4569 4590 2917 2950 3572 3796 8922 9079 5282 5341 3548 3618 3810 7607"
    " 7923 7592 7877 3072 3263 6750 6780 4547 4555 8172 8453 8469 8476 8495 8539 2688 2767 8136"
    " 8383 10767 10781",
    33: "19876 19881 13892 14092 14500 12066 12072 12075 20998 21083 11929 11982 12594 12618 12615"
    " 12638 12409 12454 12049 12383 12496 12589 19043 19060 18885 18887 19835 19947 11415 11445"
    " 18597 18804 18651 18857 16901 16928 13733 14342 18472 19033 11969 12051",
    34: "9200 9359 6645 6829 1729 1739 8792 8840 5171 5184 3524 3660 6396 6403 7238 7418 8753 8809"
    " 5987 6281 8085 8091 1423 1583 2948 2951 386 794 801 804 4061 4617 8597 8692 8699 8535 8554"
    " 7770 7793 7812 929 1147 2620 2632 2648 6335 6353 10659 10661 1550 1681 2367 2425 9189 9229"
    " 6022 6261 424 706 4081 4092 4094 6381 6548 8832 8834 8917 8880 8994 356 390 9959 10208"
    " 4587 4597",
    35: "20199 20307 14878 15286 13007 13172 17734 17854 17126 17138 19760 19897 19902 20882 20991"
    " 17980 18050 12828 12844 12855 12856 20881 21197 16605 16657 21466 21550 13281 13290 16378"
    " 16520 19688 19805 15433 15766 19559 19560",
    36: "5810 5908 5408 5506 6851 6950 4958 4982 5111 5124 1489 1691 5361 5368 5534 9957 10081 1439"
    " 1557 5805 5807 8174 8212 974 1023 1102 3023 3261 3320 7097 7150 9928 9929 331 441 5793 6322",
    37: "14689 15350 3664 4553 18843 19072 5176 5290 3571 4174 11114 11659 5113 5141 5179 5270 3979 4598"
    " 4109 4995 5008 15281 15892 12660 13095 11518 11946 4048 4172 18910 19423 8320 8561 8784 9065 9631"
    " 4591 4952 7530 7661 5776 5794 6934 7533 7037 7625 9636 9998 10118 15219 15817",
    38: "15049 15615 2828 2971 11380 11399 12009 11331 11912 8550 9024 2505 2650 8113 8342 11234 11820"
    " 4506 4694 11015 11510 5258 5598 5880 6128 12717 13060 4485 4851 5058 17866 18313 875 1207 3778"
    " 4301 13671 14976 6060 6791 10913 11382 6407 7311",
    39: "5612 6249 12056 12544 2520 2538 2647 14889 15392 18374 18454 1786 2493 9361 9943 9033 9338 3467"
    " 4076 17207 17235 20263 21343 9466 10210 4010 4179 8588 8670 2168 2594 1299 1623 17573 18229 7448"
    " 7684 393 1000 1679 2291 8950 9314 4033 4135 397 1333 3562 4287",
    40: "1359 1571 5177 5286 3978 4396 19031 19124 4303 4933 9021 9550 8400 8656 12640 12847 4026 4552"
    " 4595 12165 12503 15029 15878 18407 18456 20216 21210 1408 1741 14491 15097 17357 17410 18600 19120"
    " 11287 12039 18575 18607 19173 8252 8602 8663 264 344 252 358 12052 12417 17360 17425 2151 2769"
    " 1406 1631 12151 12666 7062 7632",
    41: "3748 4405 12080 12464 20323 21294 6137 6576 18798 19249 10895 11509 3928 4096 17036 17156 5195"
    " 5957 17208 17210 17230 17265 7467 7806 14732 15344 5427 6270 5147 5158 9167 9219 10259 3573 4167"
    " 7177 7584 15214 15631 9294 9829 20719 20891 11009 11318 8603 9227 255 286 5161 5325 7873 8060"
    " 11062 11557",
    42: "6424 7262 8080 8198 12372 12690 3694 4275 8299 8802 2115 2606 10623 10642 10665 10937 11257"
    " 4609 5118 869 1413 11101 11294 1025 1664 20686 21009 8416 8933 4603 5002 11161 11253 9651 9887"
    " 10247 14763 14837 17200 17231 10680 11170 5160 5288 8639 9448 6886 7431 8373 8431 8734 10711"
    " 11195 11244 19026 19116 266 362 6517 7365 5769 5798 5839 18731 19134 12554 12741 12368 12512"
    " 18868 19126 772 864 1338 9559 10122",
    # every candidate of seed 43, read or skipped: the two-day search has none left
    43: "11241 11787 1343 1856 5190 5338 5752 5786 5895 18544 19057 5542 5852 1598 2206 1362 1857"
    " 1459 2468 475 1078",
    # every candidate of seed 44 (the next-date search), read or skipped: none left
    44: "16783 16950 18458 18509 19086 19090 19149 19535 17083 17201 3215 3896 17375 17553 16727 16925"
    " 16763 16790 16972 17071 17209 3245 3513 19512 21545 3439 3447 3530 9908 10624 21513 16088 16187"
    " 16096 16180 3421 4038 19786 21249 19707 21110 18186 18389",
    # every candidate of seed 45 judged (orders 1-33, and 35 and 37 whose first lines were looked at)
    45: "11414 12573 11985 12984 5216 5218 6354 1174 1913 5777 6368 13275 14844 13274 13546 5146 5236"
    " 14000 15924 14140 15837 6382 7593 5152 5315 5155 5343 13659 15788 13861 15500 5149 5243"
    " 14360 15710 12322 13041 13797 15458 8774 10187 10893 12315 12935 12179 12924 5273 6348 8098"
    " 9023 8675 9718 9801 3869 4953 11840 12768 8522 9617 10954 12113 8621 8664 9783 17316 17382"
    " 4760 5159 540 1730 12349 13054",
    # every candidate of seed 46 judged (orders 1-15): the three-day search has none left
    46: "5739 6718 13331 15374 5919 7315 5447 6384 11387 12415 11372 12490 3906 5116 5119 1093 2267"
    " 3728 4896 9055 10101 8071 8072 8207 551 1419 5192 6414 627 1539 14081 15624",
    # every candidate of seed 47 judged (orders 1-16; orders 17-29 of the four-day search are left)
    47: "1148 2764 4634 5260 9702 10261 10672 17007 17118 11673 13070 17214 17376 13052 13287 2696"
    " 3181 2953 3009 8523 10121 9764 10654 3090 4383 4400 2601 2996 7600 8132 13249 15073 324 1960",
    # every candidate of seed 48 judged (orders 1-13): the four-day search has none left
    48: "8466 10004 8105 9680 732 2470 4841 5409 835 2517 5767 7531 5491 7367 5481 6957 7023 8069 8606"
    " 8703 8747 16977 17064 4641 5215 5471 7124 7722 8349",
    49: "9170 10633 15770 16586 858 2702 9706 9749 10739 12746 13422 12821 14818 15806 16335 15891 16382"
    " 127 543 4082 5202 3062 5006 10783 10953 13233 12780 13379 6998 8176 15597 16568 4156 5507 15417"
    " 16170 12971 13729 9728 10688 16077 16739",
    # every candidate of seed 50 judged, both parts (the five-day search's 12 and the six-day
    # search's 30): both searches have none left
    50: "2394 3120 10221 10991 13117 14073 12952 13573 23 591 2352 3199 9672 10637 13169 14597 4510 5762"
    " 7646 8730 7125 8333 10150 10889 10271 11176 11245 44 1052 9541 11037 15139 16748 10110 11663 9685"
    " 10949 4068 4119 5809 5853 7559 9164 7194 8651 1676 3259 14913 16111 16189 7789 9285 1900 3113 7558"
    " 9172 4314 5791 3696 5613 12425 13835 10117 11709 9945 11312 9462 11002 1468 3231 7099 8706 17057"
    " 17378 10145 11329 4629 6943 9769 11191 7397 9031 6488 8259 14932 16203 7847 9540",
    51: f"{ROUND51} {ROUND51_PRINTED}",  # benchmarks/family_rounds_table.py
    52: ROUND52,
    53: ROUND53,
    54: ROUND54,
    55: ROUND55,
    56: ROUND56,
    57: ROUND57,
    58: ROUND58,
    59: ROUND59,
    60: ROUND60,
    # round 61 (benchmarks/family_round61.md) read orders 7-24 of round 60's 25, all in ROUND60
    # already; no second source was needed, so it adds no document
    61: "",
}


#: the later rounds' settings: round -> (MAX_NEWID, MIN_NEWID, the rounds whose documents it leaves
#: out); each round's seed is its number. ``--round N`` runs round N's search (the rounds' hand
#: readings are ``benchmarks/family_roundN.md``)
ROUNDS: dict[int, tuple[int | None, int | None, tuple[int, ...]]] = {
    9: (None, None, (7, 8)),
    10: (10800, None, (7, 8, 9)),
    11: (None, 10800, (7, 8, 9)),
    # from round 12 on, rounds are read in pairs on the same code, one on each half of the NEWIDs,
    # leaving out every round before the pair
    **{r: (None, 10800, tuple(range(7, 12 + 2 * ((r - 12) // 2)))) for r in (12, 14, 16, 18, 20, 23)},
    **{r: (10800, None, tuple(range(7, 12 + 2 * ((r - 12) // 2)))) for r in (13, 15, 17, 19, 21, 22)},
    # rounds 22 and 23 found no group left: rounds 24 and 25 join documents sharing 15% to 25% of
    # their word triples too (:data:`LOOSER`), a new search written before its candidates were seen
    24: (None, 10800, tuple(range(7, 24))),
    25: (10800, None, tuple(range(7, 24))),
    26: (None, 10800, tuple(range(7, 26))),
    27: (10800, None, tuple(range(7, 26))),
    28: (10800, None, tuple(range(7, 28))),
    29: (None, 10800, tuple(range(7, 28))),
    # the last pair: the lower half at 10% too, the upper half's 10% search without round 29's
    30: (10800, None, tuple(range(7, 30))),
    31: (None, 10800, tuple(range(7, 30))),
    # a next pair on the same 10% search, leaving out rounds 7-31
    32: (10800, None, tuple(range(7, 32))),
    33: (None, 10800, tuple(range(7, 32))),
    # the pair after the fixes of rounds 32-33, leaving out rounds 7-33
    34: (10800, None, tuple(range(7, 34))),
    35: (None, 10800, tuple(range(7, 34))),
    # round 35 took every candidate left in the upper half: round 36 reads the lower half alone,
    # leaving out rounds 7-35
    36: (10800, None, tuple(range(7, 36))),
    # round 36 took the last candidates of the same-day search in both halves: round 37 joins the
    # documents of two consecutive calendar days (:data:`SPAN`), all NEWIDs, leaving out rounds 7-36
    37: (None, None, tuple(range(7, 37))),
    # round 37 judged 24 of its 173 candidates: round 38 runs the same two-day search again,
    # leaving out rounds 7-37
    38: (None, None, tuple(range(7, 38))),
    # round 38 judged 20 of its 149 candidates: round 39 runs the same two-day search a third time,
    # leaving out rounds 7-38
    39: (None, None, tuple(range(7, 39))),
    # round 39 judged 24 of its 128 candidates: round 40 runs the same two-day search a fourth time,
    # leaving out rounds 7-39
    40: (None, None, tuple(range(7, 40))),
    # round 40 judged 28 of its 102 candidates: round 41 runs the same two-day search a fifth time,
    # leaving out rounds 7-40
    41: (None, None, tuple(range(7, 41))),
    # round 41 judged 26 of its 72 candidates: round 42 runs the same two-day search a sixth time,
    # leaving out rounds 7-41
    42: (None, None, tuple(range(7, 42))),
    # round 42 judged 35 of its 45 candidates: round 43 runs the same two-day search a seventh time,
    # leaving out rounds 7-42
    43: (None, None, tuple(range(7, 43))),
    # round 43 found the two-day search empty: round 44 joins the documents of each date and the
    # next date present in the data (a Friday and the Monday after; :data:`SPAN` "next"), leaving
    # out rounds 7-43
    44: (None, None, tuple(range(7, 44))),
    # round 44 found the next-date search empty: round 45 joins the documents of three consecutive
    # calendar days d, d + 1, d + 2 and keeps the groups holding documents of both d and d + 2 (a
    # story carried across a day's gap; :data:`SPAN` 3), leaving out rounds 7-44
    45: (None, None, tuple(range(7, 45))),
    # round 45 judged 35 of its 50 candidates: round 46 runs the same three-day search again, with
    # seed 46, leaving out rounds 7-45
    46: (None, None, tuple(range(7, 46))),
    # round 46 took the last candidates of the three-day search: round 47 joins the documents of
    # four consecutive calendar days d to d + 3 and keeps the groups holding documents of both d and
    # d + 3 (:data:`SPAN` 4), seed 47, leaving out rounds 7-46
    47: (None, None, tuple(range(7, 47))),
    # round 47 judged 16 of its 29 candidates: round 48 runs the same four-day search again, seed
    # 48, leaving out rounds 7-47; its second part (``--part 2``, :data:`PART2`), if needed, a
    # five-day search leaving out round 48's first part too
    48: (None, None, tuple(range(7, 48))),
    # round 48 judged every candidate of the four-day search: round 49 runs the five-day search
    # (:data:`SPAN` 5: d to d + 4, the groups holding documents of both d and d + 4), seed 49,
    # leaving out rounds 7-48; its second part (``--part 2``, :data:`PART2`), if needed, a six-day
    # search leaving out round 49's first part too
    49: (None, None, tuple(range(7, 49))),
    # round 49 judged orders 1-20 of its 32 candidates: round 50 runs the same five-day search
    # again, seed 50, leaving out rounds 7-49 (round 49's unjudged orders 21-32 are not left out);
    # its second part (``--part 2``, :data:`PART2`), if needed, a six-day search leaving out round
    # 50's first part too
    50: (None, None, tuple(range(7, 50))),
    # round 50 judged every candidate of both its searches: round 51 runs a seven-day search
    # (:data:`SPAN` 7: d to d + 6, the groups holding documents of both d and d + 6), seed 51,
    # leaving out rounds 7-50; its second part (``--part 2``, :data:`PART2`), if needed, an
    # eight-day search leaving out round 51's first part too
    51: (None, None, tuple(range(7, 51))),
    # round 52: a nine-day search (d to d + 8, both held), seed 52, leaving out rounds 7-51 (and round
    # 51's printed orders 38-40); its second part, if needed, a ten-day search
    52: (None, None, tuple(range(7, 52))),
    # round 53: an eleven-day search (d to d + 10, both held), seed 53, leaving out rounds 7-52 (every
    # candidate of both of round 52's searches); its second part, if needed, a twelve-day search
    53: (None, None, tuple(range(7, 53))),
    # round 54: a thirteen-day search (d to d + 12, both held), seed 54, leaving out rounds 7-53 (every
    # candidate of both of round 53's searches); its second part, if needed, a fourteen-day search
    54: (None, None, tuple(range(7, 54))),
    # round 55: a fifteen-day search (d to d + 14, both held), seed 55, leaving out rounds 7-54 (every
    # candidate of both of round 54's searches); its second part, if needed, a sixteen-day search
    55: (None, None, tuple(range(7, 55))),
    # round 56: a seventeen-day search (d to d + 16, both held), seed 56, leaving out rounds 7-55 (every
    # candidate of both of round 55's searches); its second part, if needed, an eighteen-day search
    56: (None, None, tuple(range(7, 56))),
    # round 57: a nineteen-day search (d to d + 18, both held), seed 57, leaving out rounds 7-56 (every
    # candidate of both of round 56's searches); its second part, if needed, a twenty-day search
    57: (None, None, tuple(range(7, 57))),
    # round 58: a twenty-one-day search (d to d + 20, both held), seed 58, leaving out rounds 7-57 (every
    # candidate of both of round 57's searches); its second part, if needed, a twenty-two-day search
    58: (None, None, tuple(range(7, 58))),
    # round 58 found the day windows spent (0 rows at 21 and 22 days): round 59 goes back to the
    # same-day search of rounds 29-36 (10%, each day alone) and reads the groups the
    # templated-headline pattern dropped (:data:`TEMPLATED_ONLY_ROUNDS`), seed 59, leaving out
    # rounds 7-58 (every candidate of both of round 58's searches); its second part, if needed, the
    # two-day search of rounds 37-43 on the same groups
    59: (None, None, tuple(range(7, 59))),
}
#: the rounds whose search keeps only the groups a headline of which matches the templated-headline
#: pattern (``family_round7.TEMPLATED``), the groups rounds 7-58 dropped unread; rule (c) judges
#: them by hand
TEMPLATED_ONLY_ROUNDS = frozenset({59})
#: the rounds whose search joins documents on a lower share of word triples than 25%
LOOSER = {**{r: 0.15 for r in range(24, 29)}, **{r: 0.10 for r in range(29, 60)}}
#: the rounds whose search joins the documents of two consecutive calendar days (d and d + 1, by
#: ``published``) and keeps only the groups holding documents of both days; "next" (round 44): each
#: date and the next date present in the data, whatever the gap between them (a Friday and the
#: Monday after), again keeping only the groups holding documents of both dates; 3 (round 45): the
#: documents of three consecutive calendar days d, d + 1, d + 2, keeping only the groups holding
#: documents of both d and d + 2 (a story carried across a day's gap; rounds 45 and 46); 4 (round 47):
#: four consecutive calendar days d to d + 3, keeping the groups holding documents of both d and d + 3
SPAN: dict[int, int | str] = {
    **{r: 2 for r in range(37, 44)},
    44: "next",
    45: 3,
    46: 3,
    47: 4,
    48: 4,
    49: 5,
    50: 5,
    51: 7,
    52: 9,
    53: 11,
    54: 13,
    55: 15,
    56: 17,
    57: 19,
    58: 21,
}
#: a round's second part (``--part 2``): its days searched together (5: five consecutive calendar
#: days d to d + 4, keeping the groups holding documents of both d and d + 4) and the documents of
#: its first part, left out besides the rounds of :data:`ROUNDS`; 6 (round 49): d to d + 5, the
#: groups holding documents of both d and d + 5
PART2: dict[int, tuple[int, str]] = {
    48: (5, LATER_ROUNDS[48]),
    # round 50's first part: every candidate of seed 50's five-day search judged (orders 1-12)
    50: (
        6,
        "2394 3120 10221 10991 13117 14073 12952 13573 23 591 2352 3199 9672 10637 13169 14597 4510 5762"
        " 7646 8730 7125 8333 10150 10889",
    ),
    # round 51's first part: every candidate of seed 51's seven-day search judged (orders 1-31)
    51: (8, ROUND51_FIRST),
    52: (10, ROUND52_FIRST),  # round 52's first part: seed 52's nine-day search, all 22 judged
    53: (12, ROUND53_FIRST),  # round 53's first part: seed 53's eleven-day search, all 4 judged
    54: (14, ROUND54_FIRST),  # round 54's first part: seed 54's thirteen-day search, all 5 judged
    55: (16, ROUND55_FIRST),  # round 55's first part: seed 55's fifteen-day search, all 23 judged
    56: (18, ROUND56_FIRST),  # round 56's first part: seed 56's seventeen-day search, all 8 judged
    57: (20, ROUND57_FIRST),  # round 57's first part: seed 57's nineteen-day search, all 6 judged
    58: (22, ROUND58_FIRST),  # round 58's first part: seed 58's twenty-one-day search, all 6 judged
}
