package org.dyad.app.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.store.DocumentJson;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty answers itself, before a request reaches the API (a malformed or ambiguous URI, a
 * bad header), in the API's JSON error shape instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

  JsonErrorHandler() {
    setShowStacks(false);
    setShowServlet(false);
  }

  static byte[] body(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", status == 400 ? "bad_request" : status == 404 ? "not_found" : status == 413 ? "too_large" : "http_" + status);
    body.put("message", message == null || message.isBlank() ? "request refused" : message);
    body.put("status", status);
    try {
      return DocumentJson.mapper().writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("an error body could not be written", e);
    }
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
      int code, String message) throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json");
    response.setCharacterEncoding("utf-8");
    response.getOutputStream().write(body(code, message));
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    return ByteBuffer.wrap(body(status, reason));
  }
}
