package io.fieldline.scheduling.testdata;

import java.util.List;

/**
 * A small Solomon-format instance generated for tests (so CI never needs ../shared): a depot and
 * eight customers on two clusters, wide windows, capacity for four customers per vehicle.
 */
public final class SmallSolomon {

  private SmallSolomon() {}

  public static List<String> lines() {
    return List.of(
        "TINY1",
        "",
        "VEHICLE",
        "NUMBER     CAPACITY",
        "  3         40",
        "",
        "CUSTOMER",
        "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME",
        "    0      50         50          0          0        400          0",
        "    1      60         50         10          0        300         10",
        "    2      62         53         10          0        300         10",
        "    3      65         50         10         50        300         10",
        "    4      63         47         10          0        300         10",
        "    5      40         50         10          0        300         10",
        "    6      38         53         10          0        300         10",
        "    7      35         50         10          0        100         10",
        "    8      37         47         10          0        300         10");
  }
}
