package id.giliran.counseling.ui;

import id.giliran.AsTheApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import com.mongodb.client.gridfs.model.GridFSFile;
import id.giliran.GiliranSpringTest;
import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.document.ui.DocumentStore;
import id.giliran.privacy.PersonalDataCipher;
import id.giliran.privacy.PersonalDataKeys;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Counselors' photos at rest: sealed with the counselor account's key, served opened, gone with an erasure. */
@GiliranSpringTest
@ExtendWith(AsTheApplication.class)
class CounselorPhotosTest {

    @Autowired
    CounselorPhotos photos;
    @Autowired
    DocumentStore store;
    @Autowired
    GridFsTemplate gridFs;
    @Autowired
    PersonalDataKeys keys;
    @Autowired
    EventGateway events;

    /** A PNG (told by its signature) whose pixel bytes carry a marker a scan can look for. */
    static byte[] png(String marker) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0});
        bytes.writeBytes(marker.getBytes(StandardCharsets.US_ASCII));
        return bytes.toByteArray();
    }

    static String counselor() {
        return "konselor" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "@sekolah.id";
    }

    private byte[] stored(String photoId) throws IOException {
        GridFSFile file = gridFs.findOne(Query.query(Criteria.where("filename").is(photoId)));
        assertThat(file).as("file " + photoId).isNotNull();
        try (InputStream in = gridFs.getResource(file).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static boolean contains(byte[] haystack, String marker) {
        byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void canKeepAPhotoOnlySealedAndServeItOpened() throws IOException {
        byte[] photo = png("WAJAH-KONSELOR-RINA");

        String photoId = photos.store(counselor(), photo);

        byte[] atRest = stored(photoId);
        assertThat(PersonalDataCipher.isSealed(atRest)).isTrue();
        assertThat(contains(atRest, "WAJAH-KONSELOR-RINA")).isFalse();
        assertThat(contains(atRest, "IHDR")).isFalse();
        assertThat(photos.open(photoId)).hasValueSatisfying(opened -> assertThat(opened).isEqualTo(photo));
    }

    @Test
    void canServeAPhotoStoredBeforeSealingAsItIs() {
        String counselor = counselor();
        byte[] photo = png("FOTO-LAMA");
        store.store("counselor-photo-legacy-" + counselor, "counselor:" + counselor, "image/png", photo);

        assertThat(photos.open("counselor-photo-legacy-" + counselor))
                .hasValueSatisfying(opened -> assertThat(opened).isEqualTo(photo));
    }

    @Test
    void canDeleteEveryPhotoOfAnErasedCounselorAndNoOneElses() {
        String rina = counselor();
        String budi = counselor();
        String replaced = photos.store(rina, png("FOTO-RINA-1"));
        String current = photos.store(rina, png("FOTO-RINA-2"));
        store.store("counselor-photo-legacy-" + rina, "counselor:" + rina, "image/png", png("FOTO-RINA-LAMA"));
        String budis = photos.store(budi, png("FOTO-BUDI"));

        keys.erase(SubjectRef.account(rina));
        assertThat(photos.open(current)).as("unreadable as soon as the key is gone").isEmpty();

        events.publish(new PersonalDataErasedEvent(ErasePersonalDataCommand.idOf(SubjectKind.ACCOUNT, rina),
                SubjectKind.ACCOUNT, rina, "Surat 7/BK/2026", "Permintaan konselor", "admin",
                Instant.parse("2026-12-01T03:00:00Z")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(store.open(replaced)).isEmpty();
            assertThat(store.open(current)).isEmpty();
            assertThat(store.open("counselor-photo-legacy-" + rina)).as("a photo stored unsealed goes too").isEmpty();
        });
        assertThat(photos.open(budis)).hasValueSatisfying(opened -> assertThat(contains(opened, "FOTO-BUDI")).isTrue());
    }
}
