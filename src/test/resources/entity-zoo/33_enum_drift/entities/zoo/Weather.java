package zoo;

/** One label fewer than the PostgreSQL enum: reading FOG fails. */
public enum Weather {
  SUN,
  RAIN,
  SNOW
}
