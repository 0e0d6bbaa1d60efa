package id.giliran.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The master key that encrypts secrets at rest (the PCare settings) and wraps every personal-data key: {@code giliran.secrets.key} (env {@code GILIRAN_SECRETS_KEY}, Base64
 * of 32 random bytes) when set; otherwise, in the embedded default, a key file generated once under the data
 * directory, readable and writable by its owner only. Production (several instances) sets the key, and no
 * key file is used there.
 */
public final class SecretsKeyFile {

    public static final int KEY_BYTES = 32;

    private SecretsKeyFile() {
    }

    /** Empty when neither a key nor a key file is configured. */
    public static Optional<byte[]> resolve(String configuredKey, String keyFile) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return Optional.of(decode(configuredKey.strip(), "giliran.secrets.key (GILIRAN_SECRETS_KEY)"));
        }
        if (keyFile == null || keyFile.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(fromFile(Path.of(keyFile.strip())));
    }

    public static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secrets key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        String text = Base64.getEncoder().encodeToString(key) + "\n";
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException anotherStartWasFaster) {
            return;
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }

    public static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new MasterKeys.InvalidMasterKeyException(where + " is not Base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new MasterKeys.InvalidMasterKeyException(where + " must be 32 bytes (256 bits), not " + key.length,
                    null);
        }
        return key;
    }
}
