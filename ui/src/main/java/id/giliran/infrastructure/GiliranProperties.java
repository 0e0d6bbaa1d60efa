package id.giliran.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * @param dataDir      where the embedded default keeps everything (event store, read models); env GILIRAN_DATA_DIR
 * @param zone         the Puskesmas' time zone, which decides the service day; env GILIRAN_ZONE
 * @param facilityName the name the kiosk and the display show; env GILIRAN_FACILITY_NAME
 * @param facilityAddress the address printed under the name on exported reports; env GILIRAN_FACILITY_ADDRESS
 * @param kioskIdleSeconds after this long without a tap the kiosk returns to its start screen
 */
@ConfigurationProperties("giliran")
public record GiliranProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("Asia/Jakarta") ZoneId zone,
        @DefaultValue("Puskesmas") String facilityName,
        @DefaultValue("") String facilityAddress,
        @DefaultValue("30") int kioskIdleSeconds) {
}
