package id.giliran.identity.setup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The one-time code that guards the first-admin setup page, so nobody else on the network can take
 * an empty installation first: new at every start (80 random bits), printed to the application's
 * log and, in the embedded default, written owner-only into the data directory; the file goes once
 * the setup is done. Whoever can read the log or the data directory runs the installation anyway.
 */
@Component
class SetupCode {

    private static final Logger log = LoggerFactory.getLogger(SetupCode.class);
    /** No 0/O, 1/I: read from a log and typed by hand. 32 symbols, 5 bits each. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;

    private final String code;
    private final Path file;

    SetupCode(@Value("${giliran.accounts.setup-code-file:}") String file) {
        SecureRandom random = new SecureRandom();
        StringBuilder generated = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            generated.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        this.code = generated.toString();
        this.file = file == null || file.isBlank() ? null : Path.of(file.strip());
    }

    /** Compared in constant time; case, spaces and dashes do not matter. */
    boolean matches(String input) {
        String typed = input == null ? "" : input.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return MessageDigest.isEqual(typed.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII));
    }

    /** As people read it: four groups of four. */
    String grouped() {
        return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
    }

    void announce(String setupAddress) {
        log.warn("No admin yet: open {} and enter the one-time setup code {} to choose the first admin{}",
                setupAddress, grouped(), file == null ? "" : " (also in " + file.toAbsolutePath() + ")");
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, grouped() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            log.warn("The setup code could not be written to {}; it is in this log only", file.toAbsolutePath(), e);
        }
    }

    /** The setup is done: the code file goes (the code itself is no use any more). */
    void forget() {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("The used setup code file {} could not be removed", file.toAbsolutePath(), e);
        }
    }
}
