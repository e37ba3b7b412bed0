package io.plancycle.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The database of a test's Spring context: its H2 file, unless the system property {@value #SERVER} names a PostgreSQL
 * server (the JDBC URL of a database to connect to there, e.g. {@code jdbc:postgresql://localhost:5432/postgres}, as
 * the {@code postgresql} execution of {@code mvn verify} does). Then each context gets a database of its own, created
 * here with a fresh name ({@code plancycle_it_<UTC time>_<random>}) and left for a look after the run; the next run
 * drops those older than a day. A server that cannot be reached fails the tests with what to do, never skips them.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** System property: the JDBC URL of a database on the PostgreSQL server the tests run on; unset for H2. */
    public static final String SERVER = "plancycle.test.postgresql";
    public static final String USER = "plancycle.test.postgresql.user";
    public static final String PASSWORD = "plancycle.test.postgresql.password";
    private static final String PREFIX = "plancycle_it_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String server = System.getProperty(SERVER, "");
        if (server.isBlank()) {
            return;
        }
        TestPropertyValues.of(
                "spring.datasource.url=" + create(server),
                "spring.datasource.username=" + user(),
                "spring.datasource.password=" + password()).applyTo(context);
    }

    /**
     * A fresh, empty database on the server named by {@value #SERVER} (which must be set), as {@link #initialize} makes
     * one for a Spring context: for a test that starts PlanCycle processes of its own on it. Its JDBC URL.
     */
    public static String create() {
        String server = System.getProperty(SERVER, "");
        if (server.isBlank()) {
            throw new IllegalStateException("-D" + SERVER + " names no PostgreSQL server (the postgresql execution of "
                    + "mvn verify sets it)");
        }
        return create(server);
    }

    private static String create(String server) {
        String name = PREFIX + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            dropThoseOfEarlierDays(statement);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return databaseUrl(server, name);
    }

    /** A connection to the server's database named by {@value #SERVER}; fails saying how to start PostgreSQL. */
    public static Connection connect(String url) {
        try {
            return DriverManager.getConnection(url, user(), password());
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + url + " as " + user() + " (" + e.getMessage()
                    + "). The postgresql tests need it: start it with `sudo pg_ctlcluster 15 main start` (Debian's "
                    + "postgresql package) and create their role once with `sudo -u postgres psql -c \"create role "
                    + "plancycle login createdb password 'plancycle'\"`, or run .ci/run, which does both; another "
                    + "server: -D" + SERVER + "=jdbc:postgresql://host:port/postgres -D" + USER + "=… -D" + PASSWORD + "=…", e);
        }
    }

    /** The URL of another database on the same server as {@code url}. */
    public static String databaseUrl(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    public static String user() {
        return System.getProperty(USER, "plancycle");
    }

    public static String password() {
        return System.getProperty(PASSWORD, "plancycle");
    }

    private static void dropThoseOfEarlierDays(Statement statement) throws SQLException {
        String before = PREFIX + LocalDateTime.now(ZoneOffset.UTC).minusDays(1).format(STAMP);
        List<String> old = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select datname from pg_database where datname like '"
                + PREFIX + "%' and datname < '" + before + "'")) {
            while (rows.next()) {
                old.add(rows.getString(1));
            }
        }
        for (String database : old) {
            statement.execute("drop database if exists " + database);
        }
    }
}
