package org.dyad.pipeline.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reading bytes with a size cap, and gzip. */
final class Bytes {

  private Bytes() {}

  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /** Reads the whole stream, refusing more than {@code max} bytes. */
  static byte[] readCapped(InputStream in, long max) throws IOException, SourceException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > max) {
        throw new SourceException("larger than the " + describeSize(max) + " a document may have");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Decompresses gzip data (several members too), refusing more than {@code max} bytes of output. */
  static byte[] gunzip(byte[] bytes, long max) throws SourceException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 64 * 1024)) {
      return readCapped(in, max);
    } catch (EOFException e) {
      throw new SourceException("truncated gzip data" + detail(e), e);
    } catch (ZipException e) {
      throw new SourceException("corrupt gzip data" + detail(e), e);
    } catch (IOException e) {
      throw new SourceException("could not decompress gzip data: " + e.getMessage(), e);
    }
  }

  /** " (message)" when the exception has one, else "". */
  static String detail(Exception e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? "" : " (" + e.getMessage().replaceAll("\\s+", " ") + ")";
  }

  static String describeSize(long bytes) {
    if (bytes >= 1024 * 1024) {
      return (bytes / (1024 * 1024)) + " MB";
    }
    if (bytes >= 1024) {
      return (bytes / 1024) + " KB";
    }
    return bytes + " bytes";
  }
}
