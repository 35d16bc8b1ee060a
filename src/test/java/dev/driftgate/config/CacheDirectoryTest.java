package dev.driftgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache directory honours DRIFTGATE_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache. */
class CacheDirectoryTest {
  @Test
  void explicitDirectoryWins() {
    assertThat(
            CacheDirectory.root(Map.of("DRIFTGATE_CACHE_DIR", "/c", "XDG_CACHE_HOME", "/x"), "/h"))
        .isEqualTo(Paths.get("/c"));
  }

  @Test
  void xdgCacheHomeComesNext() {
    assertThat(CacheDirectory.root(Map.of("XDG_CACHE_HOME", "/x"), "/h"))
        .isEqualTo(Paths.get("/x", "driftgate"));
  }

  @Test
  void elseTheHomeDirectorysCache() {
    assertThat(CacheDirectory.root(Map.of(), "/h"))
        .isEqualTo(Paths.get("/h", ".cache", "driftgate"));
  }
}
