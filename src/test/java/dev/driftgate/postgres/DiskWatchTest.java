package dev.driftgate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How often the disk watch sizes the scratch databases: before the room left under the cap could
 * fill at the assumed write rate, between 250 ms and 2 s (the cap itself is {@code DiskLimitTest}).
 */
class DiskWatchTest {
  @Test
  void aPollWaitsNoLongerThanTheRoomLeftTakesToFill() {
    long second = DiskWatch.WRITES_PER_SECOND;

    assertThat(DiskWatch.nextPollMillis(second)).isEqualTo(1_000);
    assertThat(DiskWatch.nextPollMillis(second / 2)).isEqualTo(500);
  }

  @Test
  void aPollComesEvery250MillisecondsAtMostAndEveryTwoSecondsAtLeast() {
    assertThat(DiskWatch.nextPollMillis(32L << 20)).isEqualTo(250);
    assertThat(DiskWatch.nextPollMillis(0)).isEqualTo(250);
    assertThat(DiskWatch.nextPollMillis(-(1L << 30))).isEqualTo(250);
    assertThat(DiskWatch.nextPollMillis(8L << 30)).isEqualTo(2_000);
  }
}
