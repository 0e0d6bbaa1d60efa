package id.giliran.masterdata.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("counters")
record CounterDocument(@Id String counterId, int number, String name) {
}
