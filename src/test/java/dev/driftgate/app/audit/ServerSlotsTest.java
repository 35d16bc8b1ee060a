package dev.driftgate.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An audit's sessions per server: what the command line says, else four, and on a server of this
 * machine no more than its cores (its sessions and the audit share them).
 */
class ServerSlotsTest {
  @Test
  void theDefaultIsFourAndNoMoreThanTheCoresOnThisMachine() {
    ServerSlots twoCores = new ServerSlots(0, 2);
    assertThat(twoCores.limit("localhost:5432")).isEqualTo(2);
    assertThat(twoCores.limit("127.0.0.1:5432")).isEqualTo(2);
    assertThat(twoCores.limit("[::1]:5432")).isEqualTo(2);
    assertThat(twoCores.limit("::1:5432")).isEqualTo(2);
    assertThat(twoCores.limit("db.example.com:5432")).isEqualTo(4);
    assertThat(twoCores.limit("10.0.0.7:5432")).isEqualTo(4);
    assertThat(new ServerSlots(0, 16).limit("localhost:5432")).isEqualTo(4);
    assertThat(new ServerSlots(0, 1).limit("localhost:5432")).isEqualTo(1);
  }

  @Test
  void aNumberTheCommandLineGivesHoldsForEveryServer() {
    ServerSlots three = new ServerSlots(3, 2);
    assertThat(three.limit("localhost:5432")).isEqualTo(3);
    assertThat(three.limit("db.example.com:5432")).isEqualTo(3);
    assertThat(three.of("localhost:5432").availablePermits()).isEqualTo(3);
  }
}
