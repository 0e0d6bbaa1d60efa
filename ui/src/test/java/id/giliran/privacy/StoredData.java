package id.giliran.privacy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.h2.mvstore.MVStoreTool;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stopped application's two data files opened the way the application opens them, to say where a value
 * found in the raw bytes lives: which table, column and event type of the event store; which collection and
 * field of the read models. The raw byte scan stays the proof; this only names the place.
 */
final class StoredData {

    private StoredData() {
    }

    /** Pages of an H2 MVStore file: how many, and how many compressed (a byte scan would not see into those). */
    record Pages(int total, int compressed) {
    }

    static Pages pages(Path mvStoreFile) {
        StringWriter dump = new StringWriter();
        MVStoreTool.dump(mvStoreFile.toString(), dump, true);
        int total = 0;
        int compressed = 0;
        for (String line : dump.toString().split("\n")) {
            if (line.matches("\\+[0-9a-f]+ (node|leaf).*")) {
                total++;
                if (line.contains(" compressed")) {
                    compressed++;
                }
            }
        }
        if (total == 0) {
            throw new IllegalStateException("MVStoreTool listed no page of " + mvStoreFile + ":\n" + dump);
        }
        return new Pages(total, compressed);
    }

    /**
     * Every cell of every table of the event store (H2, opened read-only) that holds a value, as
     * "table.column [payload type]".
     */
    static List<ValueScanner.Hit> eventStoreCells(Path dataDir, Collection<PersonalValue> values) {
        String url = "jdbc:h2:file:" + dataDir.resolve("eventstore").resolve("events") + ";ACCESS_MODE_DATA=r";
        List<ValueScanner.Hit> hits = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "giliran", "");
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'PUBLIC'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select * from \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int typeColumn = column(meta, "PAYLOAD_TYPE");
                    while (rs.next()) {
                        String type = typeColumn > 0 ? " [" + rs.getString(typeColumn) + "]" : "";
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            byte[] cell = bytes(rs.getObject(c));
                            if (cell != null) {
                                hits.addAll(ValueScanner.scan(cell,
                                        table.toLowerCase() + "." + meta.getColumnName(c).toLowerCase() + type,
                                        values));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store of " + dataDir, e);
        }
        return distinct(hits);
    }

    /** Every document of every collection of the read-model file, as "collection.field.path". */
    static List<ValueScanner.Hit> readModelFields(Path dataDir, Collection<PersonalValue> values) {
        MongoServer server = readModelServer(dataDir);
        server.bind("127.0.0.1", 0);
        List<ValueScanner.Hit> hits = new ArrayList<>();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            for (String databaseName : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(databaseName);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        walk(document, collection, values, hits);
                    }
                }
            }
        } finally {
            server.shutdown();
        }
        return distinct(hits);
    }

    /** The collections and their document counts, to show the walk saw something. */
    static Map<String, Long> readModelCollections(Path dataDir) {
        MongoServer server = readModelServer(dataDir);
        server.bind("127.0.0.1", 0);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            for (String databaseName : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(databaseName);
                for (String collection : database.listCollectionNames()) {
                    counts.put(collection, database.getCollection(collection).countDocuments());
                }
            }
        } finally {
            server.shutdown();
        }
        return counts;
    }

    /** The read-model file served as MongoDB on a loopback port, as the application serves it. */
    private static MongoServer readModelServer(Path dataDir) {
        return new MongoServer(new H2Backend(dataDir.resolve("readmodel").resolve("mongo.mv").toString()));
    }

    private static void walk(Object node, String path, Collection<PersonalValue> values, List<ValueScanner.Hit> hits) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                hits.addAll(ValueScanner.scan(key, path + " (a field name)", values));
                walk(entry.getValue(), path + "." + key, values, hits);
            }
        } else if (node instanceof Collection<?> list) {
            for (Object element : list) {
                walk(element, path + "[]", values, hits);
            }
        } else if (node instanceof Binary binary) {
            hits.addAll(ValueScanner.scan(binary.getData(), path + " (binary)", values));
        } else if (node instanceof byte[] raw) {
            hits.addAll(ValueScanner.scan(raw, path + " (binary)", values));
        } else if (node != null) {
            hits.addAll(ValueScanner.scan(String.valueOf(node), path, values));
        }
    }

    /** One hit per value and place (the same field in many rows is one place). */
    private static List<ValueScanner.Hit> distinct(List<ValueScanner.Hit> hits) {
        Map<String, ValueScanner.Hit> byPlace = new LinkedHashMap<>();
        for (ValueScanner.Hit hit : hits) {
            byPlace.putIfAbsent(hit.value().label() + "|" + hit.where(), hit);
        }
        return List.copyOf(byPlace.values());
    }

    private static int column(ResultSetMetaData meta, String name) throws SQLException {
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            if (meta.getColumnName(c).equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }

    private static byte[] bytes(Object cell) throws SQLException {
        try {
            if (cell == null) {
                return null;
            }
            if (cell instanceof byte[] raw) {
                return raw;
            }
            if (cell instanceof Blob blob) {
                try (InputStream in = blob.getBinaryStream()) {
                    return in.readAllBytes();
                }
            }
            if (cell instanceof Clob clob) {
                return clob.getSubString(1, (int) clob.length()).getBytes(StandardCharsets.UTF_8);
            }
            return String.valueOf(cell).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
