package io.plancycle.operations;

import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Online backups of the H2 database into {@code <plancycle.data-dir>/backups/}, for the planning office.
 * <p>
 * H2's {@code BACKUP TO} copies the database file into a zip while the service runs; the copy is transactionally
 * consistent (a state at one commit) and holds everything: PlanCycle's tables and the process engine's (tasks, timers,
 * history), which live in the same file. A backup is written under a temporary name and renamed when complete, so a
 * listed backup is always whole. Restoring is offline: stop the service, unzip the backup into an empty data folder,
 * start it (see the README, "Backup and restore").
 * <p>
 * H2 only: a PostgreSQL database is backed up by its server's tools ({@code pg_dump}, see the README), and taking a
 * backup here is refused, saying so.
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    /** {@code plancycle-20261126T062123456Z.zip}: the UTC instant it was taken, to the millisecond. */
    static final Pattern NAME = Pattern.compile("plancycle-(\\d{8}T\\d{9}Z)\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Path folder;
    private final Clock clock;
    private final boolean h2;

    @Autowired
    Backups(DataSource dataSource, @Value("${plancycle.data-dir}") String dataDir,
            @Value("${spring.datasource.url}") String databaseUrl) {
        this(dataSource, Path.of(dataDir), Clock.systemUTC(),
                DatabaseDriver.fromJdbcUrl(databaseUrl) == DatabaseDriver.H2);
    }

    Backups(DataSource dataSource, Path dataDir, Clock clock, boolean h2) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.folder = dataDir.toAbsolutePath().normalize().resolve("backups");
        this.clock = clock;
        this.h2 = h2;
    }

    /** Takes a backup now. One at a time: a second request waits for the first. Refused on PostgreSQL (pg_dump's). */
    public synchronized BackupView create() {
        CurrentUser.require(Role.ADMIN);
        if (!h2) {
            throw new ConflictException(MessageCode.BACKUP_BY_SERVER);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Path target;
        Path partial;
        try {
            Files.createDirectories(folder);
            target = folder.resolve(nameOf(now));
            while (Files.exists(target)) {
                now = now.plusMillis(1);
                target = folder.resolve(nameOf(now));
            }
            partial = folder.resolve(target.getFileName() + ".part");
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the backup folder " + folder, e);
        }
        long started = System.nanoTime();
        try {
            jdbc.update("BACKUP TO ?", partial.toString());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("cannot complete the backup " + target, e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        BackupView backup = view(target);
        log.info("Backup {} taken by {} ({} bytes, {} ms)", backup.file(), CurrentUser.idOrSystem(), backup.size(),
                (System.nanoTime() - started) / 1_000_000);
        return backup;
    }

    /** Every backup in the folder, newest first. */
    public List<BackupView> list() {
        CurrentUser.require(Role.ADMIN);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .map(Backups::view)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backup folder " + folder, e);
        }
    }

    /**
     * The file of the backup of that name. Only a name as listed is taken (no folders, no other files of the data
     * folder): anything else is refused as invalid before the file system is asked.
     */
    public Path file(String name) {
        CurrentUser.require(Role.ADMIN);
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", MessageCode.BACKUP_NAME_INVALID);
        }
        Path file = folder.resolve(name).normalize();
        if (!folder.equals(file.getParent()) || !Files.isRegularFile(file)) {
            throw new NotFoundException(MessageCode.BACKUP_NOT_FOUND, name);
        }
        return file;
    }

    /** Where the backups are kept. */
    public Path folder() {
        return folder;
    }

    static String nameOf(Instant at) {
        return "plancycle-" + STAMP.format(at) + ".zip";
    }

    private static BackupView view(Path file) {
        String name = file.getFileName().toString();
        var matcher = NAME.matcher(name);
        try {
            Instant createdAt = matcher.matches() ? STAMP.parse(matcher.group(1), Instant::from)
                    : Files.getLastModifiedTime(file).toInstant();
            return new BackupView(name, Files.size(file), createdAt);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the unfinished backup {}", file, e);
        }
    }
}
