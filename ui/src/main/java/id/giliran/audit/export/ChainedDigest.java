package id.giliran.audit.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The tamper evidence of an exported audit trail or timeline: a SHA-256 chain over its rows. The
 * chain starts from the digest of {@link #SEED}; each row's link is
 * {@code SHA-256(previous link as lower-case hex + "\n" + the row's canonical text, UTF-8)}, and the
 * last link is printed on the document. Changing, deleting, adding or reordering any row changes every
 * link from that row on, so re-computing the chain from the rows (README: "Checking an exported audit
 * trail") no longer gives the printed digest.
 */
public final class ChainedDigest {

    /** Names the rule, so a chain made by a later rule is never mistaken for this one. */
    public static final String SEED = "GILIRAN-AUDIT-CHAIN-v1";

    private final MessageDigest sha256;
    private String link;
    private long rows;

    public ChainedDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        link = hex(sha256.digest(SEED.getBytes(StandardCharsets.UTF_8)));
    }

    /** Adds a row (its canonical text, e.g. the CSV line without the digest column) and answers its link. */
    public String add(String row) {
        link = hex(sha256.digest((link + "\n" + row).getBytes(StandardCharsets.UTF_8)));
        rows++;
        return link;
    }

    /** The link of the last row added: the digest printed on the document. */
    public String digest() {
        return link;
    }

    public long rows() {
        return rows;
    }

    /** The chain's digest over these rows. */
    public static String of(List<String> rows) {
        ChainedDigest chain = new ChainedDigest();
        rows.forEach(chain::add);
        return chain.digest();
    }

    /** True when these rows give exactly the printed digest. */
    public static boolean verify(List<String> rows, String printedDigest) {
        return of(rows).equalsIgnoreCase(printedDigest == null ? "" : printedDigest.strip());
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
