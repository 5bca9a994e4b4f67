package org.dyad.pipeline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TimeML document (TempEval-3): the text inside {@code <TEXT>} with its tags stripped, the
 * gold TIMEX3 spans as offsets into that text, and the document creation time.
 *
 * @param creationTime value of the TIMEX3 with functionInDocument="CREATION_TIME", or null
 */
public record TimeMlDocument(String name, String text, String creationTime, List<GoldTimex> timexes) {

  /** A gold TIMEX3: its span in {@link #text()}, TimeML type (DATE, TIME, DURATION, SET) and value. */
  public record GoldTimex(String text, String type, String value, int start, int end) {}

  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:]+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern CREATION = Pattern.compile("<TIMEX3\\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");

  public TimeMlDocument {
    timexes = List.copyOf(timexes);
  }

  /** Reads one TimeML file; a file without a {@code <TEXT>} element is an IOException naming it. */
  public static TimeMlDocument read(Path file) throws IOException {
    try {
      return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": not TimeML (" + e.getMessage() + ")", e);
    }
  }

  static TimeMlDocument parse(String name, String xml) {
    String creationTime = null;
    Matcher creation = CREATION.matcher(xml);
    if (creation.find()) {
      creationTime = attributes(creation.group()).get("value");
    }
    int open = xml.indexOf("<TEXT>");
    int close = xml.lastIndexOf("</TEXT>");
    if (open < 0 || close < open) {
      throw new IllegalArgumentException(name + ": no <TEXT> element");
    }
    String body = xml.substring(open + "<TEXT>".length(), close);
    StringBuilder text = new StringBuilder();
    List<GoldTimex> timexes = new ArrayList<>();
    Map<String, String> pending = null;
    int pendingStart = 0;
    Matcher tag = TAG.matcher(body);
    int last = 0;
    while (tag.find()) {
      text.append(unescape(body.substring(last, tag.start())));
      last = tag.end();
      if (!tag.group(2).equals("TIMEX3")) {
        continue;
      }
      if (tag.group(1).isEmpty() && tag.group(4).isEmpty()) {
        pending = attributes(tag.group(3));
        pendingStart = text.length();
      } else if (!tag.group(1).isEmpty() && pending != null) {
        timexes.add(new GoldTimex(text.substring(pendingStart), pending.get("type"), pending.get("value"),
            pendingStart, text.length()));
        pending = null;
      }
    }
    text.append(unescape(body.substring(last)));
    return new TimeMlDocument(name, text.toString(), creationTime, timexes);
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> out = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      out.put(m.group(1), unescape(m.group(2)));
    }
    return out;
  }

  private static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
