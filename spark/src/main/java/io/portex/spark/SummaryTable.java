package io.portex.spark;

import io.portex.report.batch.CaseResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The batch summary as a Spark table: the columns of {@code summary.csv}, typed. */
final class SummaryTable {

  private SummaryTable() {}

  static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (CaseResult.Column column : CaseResult.COLUMNS) {
      fields.add(
          DataTypes.createStructField(column.name(), type(column.type()), column.nullable()));
    }
    return DataTypes.createStructType(fields);
  }

  static Dataset<Row> of(SparkSession spark, List<CaseResult> results) {
    List<Row> rows = new ArrayList<>();
    for (CaseResult result : results) {
      rows.add(RowFactory.create(result.values().toArray()));
    }
    return spark.createDataFrame(rows, schema());
  }

  private static DataType type(Class<?> type) {
    if (type == String.class) {
      return DataTypes.StringType;
    } else if (type == Boolean.class) {
      return DataTypes.BooleanType;
    } else if (type == Integer.class) {
      return DataTypes.IntegerType;
    } else if (type == Long.class) {
      return DataTypes.LongType;
    }
    throw new IllegalArgumentException("no Spark type for a summary column of " + type);
  }
}
