package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** Declared indexes: one differs in key order, one exists only as a partial index, one is absent. */
@Entity
@Table(
    name = "booking",
    indexes = {
      @Index(name = "idx_booking_room_start", columnList = "room, starts_at"),
      @Index(name = "idx_booking_guest", columnList = "guest"),
      @Index(name = "idx_booking_start_desc", columnList = "starts_at desc")
    })
public class Booking {
  @Id private Long id;

  @Column(nullable = false, length = 10)
  private String room;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(length = 80)
  private String guest;

  private boolean cancelled;
}
