package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.dyad.model.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountExtractorTest {

  private final AmountExtractor extractor = new AmountExtractor();

  @ParameterizedTest(name = "{0} = {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # sentence                                         | amount text                | value         | unit
      The EU pledged one billion euros in aid.           | one billion euros          | 1000000000    | EUR
      It pledged ($1.2bn) in aid.                        | $1.2bn                     | 1200000000    | USD
      a loan of £3 million was agreed                    | £3 million                 | 3000000       | GBP
      a €500m package                                    | €500m                      | 500000000     | EUR
      worth US$2.5 billion                               | US$2.5 billion             | 2500000000    | USD
      spending 1.5 trillion yen on defence               | 1.5 trillion yen           | 1500000000000 | JPY
      a Rs 500 crore project                             | Rs 500 crore               | 5000000000    | INR
      he paid 100,000 dollars                            | 100,000 dollars            | 100000        | USD
      a coffee costs $4.50 now                           | $4.50                      | 4.5           | USD
      hundreds of millions of dollars in aid             | hundreds of millions of dollars | 100000000 | USD
      tens of billions of euros                          | tens of billions of euros  | 10000000000   | EUR
      two and a half million dollars                     | two and a half million dollars | 2500000   | USD
      half a billion dollars                             | half a billion dollars     | 500000000     | USD
      twenty-five million euros                          | twenty-five million euros  | 25000000      | EUR
      three hundred thousand pounds                      | three hundred thousand pounds | 300000     | GBP
      a fine of 20 million Swiss francs                  | 20 million Swiss francs    | 20000000      | CHF
      some 300 million Pakistani rupees                  | 300 million Pakistani rupees | 300000000   | PKR
      USD 40 million in credit                           | USD 40 million             | 40000000      | USD
      a $5-billion deal                                  | $5-billion                 | 5000000000    | USD
      HK$10bn in bonds                                   | HK$10bn                    | 10000000000   | HKD
      5 billion roubles                                  | 5 billion roubles          | 5000000000    | RUB
      at 8.2bn euros                                     | 8.2bn euros                | 8200000000    | EUR
      it cost one dollar                                 | one dollar                 | 1             | USD
      a $50k grant                                       | $50k                       | 50000         | USD
      Japan Pledges $2 Billion to Rebuild                | $2 Billion                 | 2000000000    | USD
      A £3 Million Deal In Headline Case                 | £3 Million                 | 3000000       | GBP
      """)
  void findsAmountWithIsoUnit(String sentence, String text, String value, String unit) {
    List<Amount> amounts = extractor.find(sentence);
    assertThat(amounts).hasSize(1);
    Amount amount = amounts.get(0);
    assertThat(amount.text()).isEqualTo(text);
    assertThat(sentence.substring(amount.start(), amount.end())).isEqualTo(text);
    assertThat(amount.unit()).isEqualTo(unit);
    assertThat(amount.value().toString()).isEqualTo(value);
  }

  @ParameterizedTest(name = "no amount in: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      the talks were established in 2017
      2,000 people attended and 15 were injured
      a truck carrying 500 pounds of explosives
      the group has one billion followers
      about 1.2 million refugees
      Mrs 5 said
      a dollar-denominated bond
      Million Dollar Baby won the Oscar
      a million dollar question
      """)
  void findsNoAmountIn(String sentence) {
    assertThat(extractor.find(sentence)).isEmpty();
  }

  @Test
  void wholeValuesAreLongsAndBothSidesOfAConversionAreKept() {
    String text = "The European Union pledged one billion euros ($1.2bn) in humanitarian aid.";
    assertThat(extractor.find(text)).extracting(Amount::value, Amount::unit)
        .containsExactly(tuple(1_000_000_000L, "EUR"), tuple(1_200_000_000L, "USD"));
  }
}
