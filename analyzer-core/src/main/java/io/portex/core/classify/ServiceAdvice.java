package io.portex.core.classify;

import java.util.List;

/**
 * How to reuse connections, worded for the service behind the remote port (SPEC §3), each with the
 * concrete client-side setting.
 */
enum ServiceAdvice {
  SQL_SERVER(
      "SQL Server",
      "use the client's connection pool: ADO.NET keeps Pooling=true and sizes it with Max Pool"
          + " Size in the connection string, and disposes each SqlConnection so it returns to the"
          + " pool; Java uses a JDBC pool (HikariCP maximumPoolSize) instead of"
          + " DriverManager.getConnection per query",
      1433),
  HTTP(
      "HTTP",
      "use HTTP keep-alive and one shared HttpClient per process, not one per request: on .NET"
          + " Core/5+ a static HttpClient on SocketsHttpHandler (PooledConnectionLifetime,"
          + " MaxConnectionsPerServer); on .NET Framework raise"
          + " ServicePointManager.DefaultConnectionLimit and keep KeepAlive on",
      80,
      443,
      8080,
      8443),
  LDAP(
      "LDAP",
      "keep one bound LDAP connection per process and reuse it (System.DirectoryServices.Protocols"
          + " LdapConnection kept open; Java JNDI com.sun.jndi.ldap.connect.pool=true) instead of a"
          + " bind per lookup",
      389,
      636,
      3268,
      3269),
  SMB(
      "SMB",
      "keep the SMB session open (a mapped drive or one UNC session reused) instead of a net use"
          + " or a new connection per file; check scripts that map and unmap per run",
      445,
      139),
  GENERIC(
      "the service",
      // follows "Reuse connections to X: ", so it says how, not "reuse connections" again
      "use a connection pool or keep-alive in the client instead of opening a connection per"
          + " request");

  private final String service;
  private final String advice;
  private final int[] ports;

  ServiceAdvice(String service, String advice, int... ports) {
    this.service = service;
    this.advice = advice;
    this.ports = ports;
  }

  /** The advice for a remote port, or the generic one (null: port unknown or mixed). */
  static ServiceAdvice forPort(Integer port) {
    if (port != null) {
      for (ServiceAdvice entry : values()) {
        for (int p : entry.ports) {
          if (p == port) {
            return entry;
          }
        }
      }
    }
    return GENERIC;
  }

  /**
   * Reuse connections, aimed where the evidence points and worded for the service behind the port.
   *
   * @param id the recommendation's id
   * @param aim the destinations of the sockets the finding is about
   * @param caveats what comes with it
   */
  static Recommendation reuse(String id, Aim aim, List<String> caveats) {
    ServiceAdvice entry = forPort(aim.servicePort());
    String service =
        entry == GENERIC ? "" : " (" + entry.service + " on port " + aim.servicePort() + ")";
    String action =
        aim.named() != null
            ? "Reuse connections to " + aim.named() + service + ": " + entry.advice
            : "Reuse connections" + service + ", " + aim.description() + ": " + entry.advice;
    return Recommendation.advice(id, action, caveats);
  }

  String service() {
    return service;
  }

  String advice() {
    return advice;
  }
}
