package dev.driftgate.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The failure message of a build that drifted: every error finding from the run's JSON report, one
 * line each (tier, kind, object, where, message), and where the reports are.
 */
final class FindingSummary {
  private FindingSummary() {}

  static String of(Path json) {
    List<String> lines = new ArrayList<>();
    try {
      for (JsonNode f : new ObjectMapper().readTree(json.toFile()).path("findings")) {
        if ("error".equals(f.path("severity").asText())) {
          lines.add(line(f));
        }
      }
    } catch (IOException e) {
      return "driftgate: schema drift; the JSON report " + json + " is unreadable: " + e;
    }
    return "driftgate: "
        + lines.size()
        + " drift finding(s), reports in "
        + json.getParent()
        + "\n"
        + String.join("\n", lines);
  }

  private static String line(JsonNode f) {
    String location = f.path("location").asText("");
    return "  "
        + f.path("tier").asText()
        + ": "
        + f.path("kind").asText()
        + " "
        + f.path("object").asText()
        + (location.isEmpty() || "null".equals(location) ? "" : " at " + location)
        + ": "
        + f.path("message").asText();
  }
}
