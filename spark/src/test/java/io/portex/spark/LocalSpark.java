package io.portex.spark;

import org.apache.spark.sql.SparkSession;

/** One {@code local[2]} session for every test class of the module: starting one takes seconds. */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("portex-spark-test")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "2")
              .getOrCreate();
    }
    return session;
  }
}
