"""Cue coverage: standard diplomatic phrasings of every class in en/es/pt/fr, aimed at a country."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.models import Post, Score
from monitor.scoring import Scorer
from monitor.watchlist import default_watchlist

# One author per language: the country aimed at is always named in the sentence.
AUTHORS = {"en": "SecRubio", "es": "CancilleriaARG", "pt": "ItamaratyGovBr", "fr": "francediplo"}

CLASSES = {
    "THREATEN", "ULTIMATUM", "SANCTION", "RETALIATE", "EXPEL", "RECALL", "MILITARY", "ACCUSE",
    "INSULT", "REJECT", "DEMAND", "DEESCALATE", "COOPERATE", "PRAISE", "CONGRATULATE", "CONDOLE",
}  # fmt: skip

# (language, sentence, expected class, target country)
PROBES = [
    # THREATEN
    ("en", "Venezuela will pay a heavy price for this aggression.", "THREATEN", "VEN"),
    ("en", "We warn Iran that any attack will meet a decisive response.", "THREATEN", "IRN"),
    ("en", "Cuba should know that all options are on the table.", "THREATEN", "CUB"),
    ("en", "There will be serious consequences for Russia.", "THREATEN", "RUS"),
    ("en", "We will hold Venezuela accountable for this.", "THREATEN", "VEN"),
    ("en", "Nicaragua's provocation will not go unanswered.", "THREATEN", "NIC"),
    ("es", "España pagará un precio muy alto por esta ofensa.", "THREATEN", "ESP"),
    ("es", "Habrá consecuencias para Venezuela si continúa.", "THREATEN", "VEN"),
    ("es", "Advertimos a Venezuela que no toleraremos más provocaciones.", "THREATEN", "VEN"),
    ("es", "El gobierno de Chile ha amenazado a nuestro país.", "THREATEN", "CHL"),
    ("es", "Nos reservamos el derecho de responder a Bolivia.", "THREATEN", "BOL"),
    ("pt", "A Argentina vai pagar um preço alto por isso.", "THREATEN", "ARG"),
    ("pt", "Haverá consequências para a Venezuela.", "THREATEN", "VEN"),
    ("pt", "Advertimos a Venezuela de que haverá uma resposta firme.", "THREATEN", "VEN"),
    ("pt", "O governo de Israel ameaçou o Brasil.", "THREATEN", "ISR"),
    ("fr", "L'Algérie paiera le prix fort pour cette provocation.", "THREATEN", "DZA"),
    ("fr", "Il y aura des conséquences pour la Russie.", "THREATEN", "RUS"),
    ("fr", "Nous mettons en garde l'Iran contre toute escalade.", "THREATEN", "IRN"),
    ("fr", "L'Algérie menace la France de représailles.", "THREATEN", "DZA"),
    # ULTIMATUM
    ("en", "We give Venezuela 48 hours to release our citizens.", "ULTIMATUM", "VEN"),
    ("es", "Damos a Venezuela un ultimátum de 72 horas.", "ULTIMATUM", "VEN"),
    ("pt", "O Brasil deu um ultimato à Venezuela.", "ULTIMATUM", "VEN"),
    ("fr", "La France adresse un ultimatum à l'Algérie.", "ULTIMATUM", "DZA"),
    # SANCTION
    ("en", "We are imposing sanctions on Venezuela today.", "SANCTION", "VEN"),
    ("en", "We impose a 25% tariff on goods from Mexico.", "SANCTION", "MEX"),
    ("en", "We have frozen the assets of Russian officials.", "SANCTION", "RUS"),
    ("en", "We revoked the visas of Colombian officials.", "SANCTION", "COL"),
    ("es", "Imponemos sanciones a funcionarios de Venezuela.", "SANCTION", "VEN"),
    ("es", "Aplicamos aranceles del 25% a los productos de Brasil.", "SANCTION", "BRA"),
    ("es", "Congelamos los activos de funcionarios de Nicaragua.", "SANCTION", "NIC"),
    ("pt", "O Brasil impôs sanções à Venezuela.", "SANCTION", "VEN"),
    ("pt", "Decidimos congelar os ativos de autoridades da Venezuela.", "SANCTION", "VEN"),
    ("fr", "La France impose des sanctions à la Russie.", "SANCTION", "RUS"),
    ("fr", "Nous gelons les avoirs des dirigeants iraniens.", "SANCTION", "IRN"),
    (
        "fr",
        "Nous instaurons un embargo sur les armes à destination de la Russie.",
        "SANCTION",
        "RUS",
    ),
    # RETALIATE
    ("en", "We are retaliating against Mexico's tariffs.", "RETALIATE", "MEX"),
    ("en", "In response to Canada, we adopt reciprocal measures.", "RETALIATE", "CAN"),
    ("en", "On the basis of reciprocity, we expel two diplomats of Russia.", "RETALIATE", "RUS"),
    ("es", "Aplicaremos represalias contra Estados Unidos.", "RETALIATE", "USA"),
    ("es", "Por reciprocidad, exigiremos visas a los ciudadanos de Venezuela.", "RETALIATE", "VEN"),
    (
        "pt",
        "O Brasil aplicará a lei da reciprocidade contra os Estados Unidos.",
        "RETALIATE",
        "USA",
    ),
    ("pt", "Haverá retaliação contra a Argentina.", "RETALIATE", "ARG"),
    ("fr", "La France prendra des mesures de rétorsion contre l'Algérie.", "RETALIATE", "DZA"),
    ("fr", "Par réciprocité, nous expulsons douze agents de l'Algérie.", "RETALIATE", "DZA"),
    # EXPEL / RECALL
    ("en", "The ambassador of Venezuela has been declared persona non grata.", "EXPEL", "VEN"),
    ("en", "We are expelling three Russian diplomats.", "EXPEL", "RUS"),
    ("en", "We have recalled our ambassador to Mexico for consultations.", "RECALL", "MEX"),
    ("en", "We are severing diplomatic relations with Nicaragua.", "RECALL", "NIC"),
    ("es", "Declaramos persona non grata al embajador de Venezuela.", "EXPEL", "VEN"),
    ("es", "Expulsamos a los diplomáticos de Venezuela.", "EXPEL", "VEN"),
    ("es", "Llamamos a nuestro embajador en España a consultas.", "RECALL", "ESP"),
    ("es", "Rompemos relaciones diplomáticas con Nicaragua.", "RECALL", "NIC"),
    ("pt", "O Brasil chamou para consultas o embaixador em Israel.", "RECALL", "ISR"),
    ("pt", "O Brasil expulsou o encarregado de negócios da Venezuela.", "EXPEL", "VEN"),
    ("pt", "O Brasil rompeu relações diplomáticas com Israel.", "RECALL", "ISR"),
    ("fr", "La France rappelle son ambassadeur en Algérie pour consultations.", "RECALL", "DZA"),
    ("fr", "La France expulse douze agents de l'ambassade d'Algérie.", "EXPEL", "DZA"),
    ("fr", "Le chargé d'affaires de l'Iran est déclaré persona non grata.", "EXPEL", "IRN"),
    ("fr", "Nous rompons les relations diplomatiques avec l'Iran.", "RECALL", "IRN"),
    # MILITARY
    ("en", "We launched airstrikes against targets in Iran.", "MILITARY", "IRN"),
    ("en", "Russia is massing troops on the border.", "MILITARY", "RUS"),
    ("es", "Desplegamos tropas en la frontera con Venezuela.", "MILITARY", "VEN"),
    ("es", "Condenamos la intervención militar de Rusia.", "MILITARY", "RUS"),
    ("pt", "A Rússia lançou um ataque militar contra a Ucrânia.", "MILITARY", "RUS"),
    ("pt", "A invasão da Ucrânia pela Rússia é inaceitável.", "MILITARY", "RUS"),
    ("fr", "La Russie a mené des frappes aériennes contre l'Ukraine.", "MILITARY", "RUS"),
    ("fr", "L'Iran a lancé une attaque de missiles contre Israël.", "MILITARY", "IRN"),
    # ACCUSE
    ("en", "We summoned the ambassador of Venezuela.", "ACCUSE", "VEN"),
    ("en", "Venezuela lied to the world.", "ACCUSE", "VEN"),
    ("en", "We reject Russia's interference in our internal affairs.", "ACCUSE", "RUS"),
    ("en", "This is a breach of our sovereignty by Venezuela.", "ACCUSE", "VEN"),
    ("en", "We condemn Iran's attack in the strongest terms.", "ACCUSE", "IRN"),
    ("es", "Convocamos al embajador de España.", "ACCUSE", "ESP"),
    ("es", "El gobierno de España mintió.", "ACCUSE", "ESP"),
    ("es", "Rechazamos la injerencia de Venezuela en nuestros asuntos internos.", "ACCUSE", "VEN"),
    ("es", "Es una violación de nuestra soberanía por parte de Venezuela.", "ACCUSE", "VEN"),
    ("es", "Condenamos enérgicamente el ataque de Rusia contra Ucrania.", "ACCUSE", "RUS"),
    ("pt", "O Itamaraty convocou o embaixador de Israel.", "ACCUSE", "ISR"),
    ("pt", "O governo da Argentina mentiu.", "ACCUSE", "ARG"),
    (
        "pt",
        "Repudiamos a ingerência dos Estados Unidos nos assuntos internos do Brasil.",
        "ACCUSE",
        "USA",
    ),
    ("pt", "O Brasil condena o ataque de Israel contra o Irã.", "ACCUSE", "ISR"),
    ("fr", "Nous avons convoqué l'ambassadeur d'Algérie.", "ACCUSE", "DZA"),
    ("fr", "Le gouvernement algérien a menti.", "ACCUSE", "DZA"),
    (
        "fr",
        "Nous dénonçons l'ingérence de la Russie dans nos affaires intérieures.",
        "ACCUSE",
        "RUS",
    ),
    ("fr", "C'est une atteinte à notre souveraineté de la part de l'Algérie.", "ACCUSE", "DZA"),
    # INSULT
    ("en", "The dictator of Venezuela is a clown.", "INSULT", "VEN"),
    ("es", "El presidente de España es un cobarde y un mentiroso.", "INSULT", "ESP"),
    ("pt", "O presidente da Argentina é um fantoche.", "INSULT", "ARG"),
    ("fr", "Le dictateur de la Russie est un menteur.", "INSULT", "RUS"),
    # REJECT / DEFY
    ("en", "We will not accept the demands of Venezuela.", "REJECT", "VEN"),
    ("en", "We reject Russia's ultimatum.", "REJECT", "RUS"),
    ("es", "No aceptaremos las imposiciones de Estados Unidos.", "REJECT", "USA"),
    ("es", "Rechazamos las declaraciones del gobierno de España.", "REJECT", "ESP"),
    ("pt", "O Brasil rejeita as declarações do governo de Israel.", "REJECT", "ISR"),
    ("pt", "Não aceitaremos as ameaças dos Estados Unidos.", "REJECT", "USA"),
    ("fr", "La France rejette les accusations de l'Algérie.", "REJECT", "DZA"),
    ("fr", "Nous n'accepterons pas les exigences de l'Algérie.", "REJECT", "DZA"),
    # DEMAND
    ("en", "We demand that Venezuela release our citizens immediately.", "DEMAND", "VEN"),
    ("en", "We call on Russia to withdraw its troops.", "DEMAND", "RUS"),
    ("es", "Exigimos a Venezuela la liberación de los detenidos.", "DEMAND", "VEN"),
    ("es", "España debe pedir perdón.", "DEMAND", "ESP"),
    ("pt", "Exigimos que Israel cesse os ataques.", "DEMAND", "ISR"),
    ("pt", "O Brasil exige explicações da Argentina.", "DEMAND", "ARG"),
    ("fr", "Nous exigeons que l'Algérie libère notre compatriote.", "DEMAND", "DZA"),
    ("fr", "L'Iran doit cesser immédiatement ses provocations.", "DEMAND", "IRN"),
    # DEESCALATE / CONCEDE
    ("en", "We agreed with Mexico to pause the tariffs.", "DEESCALATE", "MEX"),
    ("en", "We will restore diplomatic relations with Venezuela.", "DEESCALATE", "VEN"),
    ("es", "Restablecemos las relaciones diplomáticas con Venezuela.", "DEESCALATE", "VEN"),
    ("es", "Levantamos las sanciones a Venezuela.", "DEESCALATE", "VEN"),
    ("pt", "O Brasil e a Argentina acordaram uma trégua.", "DEESCALATE", "ARG"),
    ("pt", "Vamos normalizar as relações com a Venezuela.", "DEESCALATE", "VEN"),
    ("fr", "La France et l'Algérie rétablissent leurs relations.", "DEESCALATE", "DZA"),
    ("fr", "Nous levons les sanctions contre l'Iran.", "DEESCALATE", "IRN"),
    # COOPERATE / AGREE
    ("en", "We signed a trade agreement with Mexico.", "COOPERATE", "MEX"),
    ("es", "Firmamos un acuerdo de cooperación con Brasil.", "COOPERATE", "BRA"),
    ("pt", "O Brasil assinou um acordo de cooperação com a Argentina.", "COOPERATE", "ARG"),
    ("fr", "La France signe un accord de coopération avec le Maroc.", "COOPERATE", "MAR"),
    # PRAISE / THANK
    ("en", "Thank you Mexico for your support.", "PRAISE", "MEX"),
    ("es", "Gracias a Brasil por su apoyo.", "PRAISE", "BRA"),
    ("pt", "Agradecemos à Argentina pela ajuda.", "PRAISE", "ARG"),
    ("fr", "Merci à l'Allemagne pour son soutien.", "PRAISE", "DEU"),
    # CONGRATULATE
    ("en", "Congratulations to the people of Mexico on the election.", "CONGRATULATE", "MEX"),
    ("es", "Felicitamos al pueblo de Chile por su independencia.", "CONGRATULATE", "CHL"),
    ("pt", "Parabéns à Argentina pela vitória.", "CONGRATULATE", "ARG"),
    ("fr", "Félicitations au Maroc pour cette victoire.", "CONGRATULATE", "MAR"),
    # CONDOLE
    ("en", "Our condolences to the people of Mexico.", "CONDOLE", "MEX"),
    ("es", "Nuestro más sentido pésame al pueblo de Ecuador.", "CONDOLE", "ECU"),
    ("pt", "Nossas condolências ao povo da Argentina.", "CONDOLE", "ARG"),
    ("fr", "Nous adressons nos condoléances au peuple du Maroc.", "CONDOLE", "MAR"),
    # more verb forms, tenses and set phrases per class
    ("en", "We warned Venezuela against any further provocation.", "THREATEN", "VEN"),
    ("en", "Russia will face consequences.", "THREATEN", "RUS"),
    ("en", "Iran will bear the consequences of its actions.", "THREATEN", "IRN"),
    ("es", "Venezuela asumirá las consecuencias.", "THREATEN", "VEN"),
    ("es", "No descartamos ninguna opción frente a Venezuela.", "THREATEN", "VEN"),
    ("pt", "Não descartamos nenhuma opção em relação à Venezuela.", "THREATEN", "VEN"),
    ("fr", "Nous n'excluons aucune option face à la Russie.", "THREATEN", "RUS"),
    ("en", "We do not rule out any option regarding Venezuela.", "THREATEN", "VEN"),
    ("fr", "La Russie devra en assumer les conséquences.", "THREATEN", "RUS"),
    ("pt", "A Venezuela arcará com as consequências.", "THREATEN", "VEN"),
    ("en", "We issue a 72-hour ultimatum to Venezuela.", "ULTIMATUM", "VEN"),
    ("pt", "Damos 48 horas para a Venezuela libertar os presos.", "ULTIMATUM", "VEN"),
    ("fr", "Nous donnons 48 heures à l'Algérie pour répondre.", "ULTIMATUM", "DZA"),
    (
        "es",
        "Damos 72 horas a los diplomáticos de Venezuela para salir del país.",
        "ULTIMATUM",
        "VEN",
    ),
    ("en", "We ban imports from Russia.", "SANCTION", "RUS"),
    ("es", "Prohibimos las importaciones de Rusia.", "SANCTION", "RUS"),
    ("pt", "Proibimos as importações da Rússia.", "SANCTION", "RUS"),
    ("fr", "Nous interdisons les importations en provenance de Russie.", "SANCTION", "RUS"),
    ("en", "We impose an embargo on Cuba.", "SANCTION", "CUB"),
    ("es", "Sancionamos a funcionarios de Venezuela.", "SANCTION", "VEN"),
    ("pt", "Sancionamos autoridades da Venezuela.", "SANCTION", "VEN"),
    ("fr", "Nous sanctionnons des responsables de la Russie.", "SANCTION", "RUS"),
    ("fr", "Nous adoptons des contre-mesures contre l'Algérie.", "RETALIATE", "DZA"),
    ("es", "Adoptaremos medidas recíprocas contra España.", "RETALIATE", "ESP"),
    ("pt", "O Brasil adotará medidas recíprocas contra os Estados Unidos.", "RETALIATE", "USA"),
    ("en", "We took countermeasures against Russia.", "RETALIATE", "RUS"),
    ("en", "We expelled the ambassador of Venezuela.", "EXPEL", "VEN"),
    ("es", "Ordenamos la expulsión del embajador de Venezuela.", "EXPEL", "VEN"),
    ("pt", "O embaixador da Venezuela foi declarado persona non grata.", "EXPEL", "VEN"),
    ("fr", "Nous expulsons l'ambassadeur de l'Iran.", "EXPEL", "IRN"),
    ("en", "We downgrade diplomatic relations with Iran.", "RECALL", "IRN"),
    ("es", "Retiramos a nuestro embajador en Venezuela.", "RECALL", "VEN"),
    ("pt", "O Brasil retirou seu embaixador de Israel.", "RECALL", "ISR"),
    ("fr", "La France a rappelé son ambassadeur en Iran.", "RECALL", "IRN"),
    ("es", "Suspendemos las relaciones diplomáticas con Venezuela.", "RECALL", "VEN"),
    ("pt", "O Brasil suspendeu as relações diplomáticas com a Venezuela.", "RECALL", "VEN"),
    ("fr", "La France suspend ses relations diplomatiques avec l'Iran.", "RECALL", "IRN"),
    ("en", "We are closing our embassy in Venezuela.", "RECALL", "VEN"),
    ("en", "We struck military targets in Iran.", "MILITARY", "IRN"),
    ("en", "Our forces attacked positions in Syria.", "MILITARY", "SYR"),
    ("es", "Bombardeamos objetivos en Venezuela.", "MILITARY", "VEN"),
    ("pt", "Bombardeamos alvos na Venezuela.", "MILITARY", "VEN"),
    ("fr", "Nous avons bombardé des cibles en Syrie.", "MILITARY", "SYR"),
    ("en", "We mobilized troops to the border with Venezuela.", "MILITARY", "VEN"),
    ("fr", "Nous déployons des troupes à la frontière avec l'Algérie.", "MILITARY", "DZA"),
    ("pt", "Enviamos tropas para a fronteira com a Venezuela.", "MILITARY", "VEN"),
    ("en", "Venezuela is spreading lies.", "ACCUSE", "VEN"),
    ("en", "Russia is lying.", "ACCUSE", "RUS"),
    ("es", "Venezuela miente.", "ACCUSE", "VEN"),
    ("fr", "La Russie ment.", "ACCUSE", "RUS"),
    ("fr", "La Russie mène une campagne de désinformation.", "ACCUSE", "RUS"),
    ("es", "Venezuela difunde desinformación.", "ACCUSE", "VEN"),
    ("pt", "A Rússia espalha desinformação.", "ACCUSE", "RUS"),
    ("en", "We protest Venezuela's violation of our airspace.", "ACCUSE", "VEN"),
    ("es", "Venezuela violó nuestro espacio aéreo.", "ACCUSE", "VEN"),
    ("pt", "A Venezuela violou a nossa soberania.", "ACCUSE", "VEN"),
    ("fr", "L'Algérie a violé notre souveraineté.", "ACCUSE", "DZA"),
    ("en", "Venezuela violated our sovereignty.", "ACCUSE", "VEN"),
    ("en", "Venezuela's meddling in our elections is unacceptable.", "ACCUSE", "VEN"),
    ("pt", "A Venezuela se intromete nos assuntos internos do Brasil.", "ACCUSE", "VEN"),
    ("fr", "L'Algérie s'immisce dans nos affaires intérieures.", "ACCUSE", "DZA"),
    ("es", "Venezuela se inmiscuye en nuestros asuntos internos.", "ACCUSE", "VEN"),
    ("en", "We lodged a formal protest with Venezuela.", "ACCUSE", "VEN"),
    ("es", "Presentamos una nota de protesta a Venezuela.", "ACCUSE", "VEN"),
    ("pt", "Apresentamos um protesto formal à Venezuela.", "ACCUSE", "VEN"),
    ("fr", "Nous avons élevé une protestation auprès de l'Algérie.", "ACCUSE", "DZA"),
    ("es", "El embajador de España fue convocado a la Cancillería.", "ACCUSE", "ESP"),
    ("pt", "O embaixador de Israel foi convocado ao Itamaraty.", "ACCUSE", "ISR"),
    ("fr", "L'ambassadeur d'Algérie a été convoqué au Quai d'Orsay.", "ACCUSE", "DZA"),
    ("en", "The ambassador of Venezuela was summoned.", "ACCUSE", "VEN"),
    ("en", "Venezuela's regime is a narco-dictatorship.", "INSULT", "VEN"),
    ("es", "El régimen de Venezuela es una narcodictadura.", "INSULT", "VEN"),
    ("en", "We reject the accusations of Venezuela.", "REJECT", "VEN"),
    ("en", "We will never bow to Russia.", "REJECT", "RUS"),
    ("es", "No nos vamos a someter a Estados Unidos.", "REJECT", "USA"),
    ("pt", "O Brasil não se submeterá aos Estados Unidos.", "REJECT", "USA"),
    ("fr", "Nous ne céderons pas au chantage de l'Algérie.", "REJECT", "DZA"),
    ("fr", "Nous refusons les conditions de l'Algérie.", "REJECT", "DZA"),
    ("en", "We refuse to recognize the election in Venezuela.", "REJECT", "VEN"),
    ("es", "No reconocemos el resultado electoral de Venezuela.", "REJECT", "VEN"),
    ("en", "We demand an explanation from Venezuela.", "DEMAND", "VEN"),
    ("en", "Venezuela must release our citizens.", "DEMAND", "VEN"),
    ("es", "Exigimos explicaciones a España.", "DEMAND", "ESP"),
    ("es", "Instamos a Venezuela a liberar a los presos políticos.", "DEMAND", "VEN"),
    ("pt", "Instamos a Venezuela a libertar os presos.", "DEMAND", "VEN"),
    ("pt", "A Venezuela deve libertar os presos políticos.", "DEMAND", "VEN"),
    ("fr", "Nous exhortons la Russie à retirer ses troupes.", "DEMAND", "RUS"),
    ("fr", "Nous appelons la Russie à cesser ses attaques.", "DEMAND", "RUS"),
    ("fr", "La France exige la libération de Boualem Sansal par l'Algérie.", "DEMAND", "DZA"),
    ("en", "Venezuela must apologize.", "DEMAND", "VEN"),
    ("fr", "L'Algérie doit présenter des excuses.", "DEMAND", "DZA"),
    ("pt", "A Argentina deve pedir desculpas.", "DEMAND", "ARG"),
    ("en", "We are lifting sanctions on Venezuela.", "DEESCALATE", "VEN"),
    ("en", "We apologize to Mexico for the incident.", "DEESCALATE", "MEX"),
    ("es", "Pedimos disculpas a México.", "DEESCALATE", "MEX"),
    ("pt", "Pedimos desculpas à Argentina.", "DEESCALATE", "ARG"),
    ("fr", "Nous présentons nos excuses au Maroc.", "DEESCALATE", "MAR"),
    ("en", "We agreed a ceasefire with Russia.", "DEESCALATE", "RUS"),
    ("es", "Acordamos un alto el fuego con Venezuela.", "DEESCALATE", "VEN"),
    ("fr", "Nous suspendons les droits de douane sur les produits du Canada.", "DEESCALATE", "CAN"),
    ("en", "We suspend the tariffs on Mexico.", "DEESCALATE", "MEX"),
    ("es", "Reanudamos las relaciones con Venezuela.", "DEESCALATE", "VEN"),
    ("pt", "O Brasil retoma as relações com a Venezuela.", "DEESCALATE", "VEN"),
    ("fr", "Nous reprenons le dialogue avec l'Algérie.", "DEESCALATE", "DZA"),
    ("en", "We reached an agreement with Mexico.", "COOPERATE", "MEX"),
    ("es", "Llegamos a un acuerdo con México.", "COOPERATE", "MEX"),
    ("pt", "Chegamos a um acordo com a Argentina.", "COOPERATE", "ARG"),
    ("fr", "Nous sommes parvenus à un accord avec le Maroc.", "COOPERATE", "MAR"),
    ("en", "We will work together with Mexico.", "COOPERATE", "MEX"),
    ("fr", "Nous travaillerons ensemble avec l'Allemagne.", "COOPERATE", "DEU"),
    ("es", "Nos solidarizamos con el pueblo de Ecuador.", "COOPERATE", "ECU"),
    ("en", "We are grateful to Mexico.", "PRAISE", "MEX"),
    ("en", "We commend Mexico for its leadership.", "PRAISE", "MEX"),
    ("es", "Reconocemos el liderazgo de Brasil.", "PRAISE", "BRA"),
    ("pt", "Elogiamos a Argentina pela liderança.", "PRAISE", "ARG"),
    ("fr", "Nous saluons l'engagement du Maroc.", "PRAISE", "MAR"),
    ("es", "Elogiamos el compromiso de Chile.", "PRAISE", "CHL"),
    ("en", "We congratulate Mexico on its election.", "CONGRATULATE", "MEX"),
    ("es", "Enhorabuena a Brasil por el triunfo.", "CONGRATULATE", "BRA"),
    ("pt", "O Brasil felicita a Argentina.", "CONGRATULATE", "ARG"),
    ("fr", "Je félicite le Maroc.", "CONGRATULATE", "MAR"),
    ("pt", "Cumprimentamos o povo da Argentina pela eleição.", "CONGRATULATE", "ARG"),
    ("en", "We express our deepest sympathy to Mexico.", "CONDOLE", "MEX"),
    ("en", "We mourn with the people of Mexico.", "CONDOLE", "MEX"),
    ("es", "Expresamos nuestras condolencias a México.", "CONDOLE", "MEX"),
    ("pt", "Expressamos nosso pesar ao povo da Argentina.", "CONDOLE", "ARG"),
    ("pt", "Nossos sentimentos ao povo da Argentina.", "CONDOLE", "ARG"),
    ("fr", "Toutes nos pensées vont au peuple du Maroc.", "CONDOLE", "MAR"),
    ("fr", "Nous partageons la douleur du peuple marocain.", "CONDOLE", "MAR"),
]

# (language, sentence, country that must not be the target of a hostile event)
NEGATIVES = [
    ("en", "Our deepest condolences to the people of Mexico after the earthquake.", "MEX"),
    ("en", "Together with France, we condemn Russia's attack on Ukraine.", "FRA"),
    ("en", "We will not impose tariffs on Mexico.", "MEX"),
    ("en", "We thank Canada for its solidarity and cooperation.", "CAN"),
    ("es", "Nuestro más sentido pésame al pueblo de Ecuador por las víctimas.", "ECU"),
    ("es", "Junto con Brasil, condenamos el ataque de Rusia contra Ucrania.", "BRA"),
    ("es", "No impondremos aranceles a México.", "MEX"),
    ("pt", "Nossas condolências ao povo da Argentina pelas vítimas do terremoto.", "ARG"),
    ("pt", "Brasil e Argentina condenam juntos o ataque terrorista.", "ARG"),
    ("pt", "O Brasil não vai impor tarifas à Argentina.", "ARG"),
    ("fr", "Nos condoléances au peuple du Maroc après le séisme.", "MAR"),
    ("fr", "Avec l'Allemagne, nous condamnons l'attaque de la Russie contre l'Ukraine.", "DEU"),
    ("fr", "Nous n'imposerons pas de sanctions au Maroc.", "MAR"),
    ("es", "El presidente de Chile sancionó la ley de presupuesto.", "CHL"),
    ("es", "No sancionaremos a funcionarios de México.", "MEX"),
    ("es", "Los manifestantes en México marcharon a pesar de la lluvia.", "MEX"),
    ("pt", "Temos em mente a cooperação com a Argentina.", "ARG"),
    ("pt", "O cumprimento do acordo com a Argentina é essencial.", "ARG"),
    ("fr", "Nous ne sanctionnerons pas le Maroc.", "MAR"),
    ("fr", "Nous saluons le peuple du Maroc.", "MAR"),
    ("en", "Our minister visited the military installations of Chile with her counterpart.", "CHL"),
    ("en", "We will resume talks with Mexico next week.", "MEX"),
]  # fmt: skip


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(default_watchlist())


def score(scorer: Scorer, lang: str, text: str) -> Score:
    post = Post(
        id="probe",
        platform="x",
        author=AUTHORS[lang],
        created_at=datetime(2025, 3, 1, 12, tzinfo=UTC),
        text=text,
    )
    return scorer.score(post)


class TestCueCoverage:
    @pytest.mark.parametrize(("lang", "text", "cls", "target"), PROBES)
    def test_probe_codes_its_class_at_the_target(
        self, scorer: Scorer, lang: str, text: str, cls: str, target: str
    ) -> None:
        """Each standard phrasing yields its event class aimed at the named country."""
        events = score(scorer, lang, text).events
        assert (cls, target) in {(e.cls, e.target) for e in events}, events

    @pytest.mark.parametrize(("lang", "text", "country"), NEGATIVES)
    def test_negative_probe_is_not_hostile(
        self, scorer: Scorer, lang: str, text: str, country: str
    ) -> None:
        """Condolences, joint condemnations and negated acts aim nothing hostile at the partner."""
        events = score(scorer, lang, text).events
        hostile = [e for e in events if e.target == country and e.weight < 0]
        assert not hostile, events

    def test_table_covers_every_language_and_class(self) -> None:
        """The table spans the four languages and every event class."""
        assert {row[0] for row in PROBES} == set(AUTHORS)
        assert {row[2] for row in PROBES} == CLASSES
        assert len(PROBES) >= 60 and len(NEGATIVES) >= 10
