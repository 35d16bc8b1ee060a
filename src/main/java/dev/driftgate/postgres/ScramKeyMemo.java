package dev.driftgate.postgres;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.SecretKeyFactorySpi;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client's half of a SCRAM login, derived once per password and salt in a process. Every
 * SCRAM-SHA-256 login makes the client stretch the password with the salt and round count the
 * server sends (PBKDF2, 4,096 rounds for a password PostgreSQL hashed itself): about 10 ms of CPU,
 * the same result every time for one role. An audit logs in to each database of a fleet as one
 * role, and spent most of its own CPU there (JFR: 313 of about 400 samples in SHA-256).
 *
 * <p>The JDBC driver asks the Java security providers for {@code PBKDF2WithHmacSHA256} at each
 * login; this provider, put first, answers with the key derived before for the same password, salt,
 * rounds and length, and derives with the next provider otherwise. Entries live in memory only, at
 * most {@value #ENTRIES} of them, keyed by a digest, never by the password; a derived key opens no
 * more than the password it came from, which the process holds anyway. A wrong password derives its
 * own key and is refused as before.
 */
final class ScramKeyMemo extends Provider {
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String NAME = "driftgate-scram-memo";
  private static final int ENTRIES = 32;
  private static final Map<String, byte[]> KEYS =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > ENTRIES;
        }
      };
  private static final AtomicInteger DERIVED = new AtomicInteger();

  private ScramKeyMemo() {
    super(NAME, "1", "Remembers the PBKDF2 keys of SCRAM logins");
    putService(new Memo(this));
  }

  /** Puts the provider first, once per process. */
  static synchronized void install() {
    if (Security.getProvider(NAME) == null) {
      Security.insertProviderAt(new ScramKeyMemo(), 1);
    }
  }

  /** How many keys were derived (not remembered) in this process. */
  static int derived() {
    return DERIVED.get();
  }

  private static final class Memo extends Provider.Service {
    Memo(Provider provider) {
      super(provider, "SecretKeyFactory", ALGORITHM, Factory.class.getName(), null, null);
    }

    @Override
    public Object newInstance(Object constructorParameter) {
      return new Factory();
    }
  }

  private static final class Factory extends SecretKeyFactorySpi {
    @Override
    protected SecretKey engineGenerateSecret(KeySpec spec) throws InvalidKeySpecException {
      if (!(spec instanceof PBEKeySpec pbe) || pbe.getSalt() == null) {
        return next().generateSecret(spec);
      }
      String key = key(pbe);
      byte[] known;
      synchronized (KEYS) {
        known = KEYS.get(key);
      }
      if (known == null) {
        known = next().generateSecret(spec).getEncoded();
        DERIVED.incrementAndGet();
        synchronized (KEYS) {
          KEYS.put(key, known);
        }
      }
      return new SecretKeySpec(known, ALGORITHM);
    }

    @Override
    protected KeySpec engineGetKeySpec(SecretKey key, Class<?> spec)
        throws InvalidKeySpecException {
      return next().getKeySpec(key, spec);
    }

    @Override
    protected SecretKey engineTranslateKey(SecretKey key) throws InvalidKeyException {
      return next().translateKey(key);
    }
  }

  /** The factory of the first other provider that has the algorithm. */
  private static SecretKeyFactory next() {
    for (Provider p : Security.getProviders("SecretKeyFactory." + ALGORITHM)) {
      if (!NAME.equals(p.getName())) {
        try {
          return SecretKeyFactory.getInstance(ALGORITHM, p);
        } catch (NoSuchAlgorithmException e) {
          continue; // listed but refused: try the next one
        }
      }
    }
    throw new IllegalStateException("no provider of " + ALGORITHM);
  }

  /** A digest of everything the derived key depends on; the password's characters are cleared. */
  private static String key(PBEKeySpec spec) {
    char[] password = spec.getPassword();
    ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(
          ByteBuffer.allocate(12)
              .putInt(spec.getIterationCount())
              .putInt(spec.getKeyLength())
              .putInt(spec.getSalt().length)
              .flip());
      d.update(spec.getSalt());
      d.update(utf8);
      return HexFormat.of().formatHex(d.digest());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    } finally {
      Arrays.fill(password, '\0');
      if (utf8.hasArray()) {
        Arrays.fill(utf8.array(), (byte) 0);
      }
    }
  }
}
