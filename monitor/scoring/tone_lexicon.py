# ruff: noqa: E501  (a data table)
"""Valence lexicon for Spanish, Portuguese and French on VADER's -4..+4 scale.

Entries are accent-folded, lower-case STEMS: a token matches the longest stem it
starts with (at least 4 letters, or the whole token). Values follow VADER's
English ratings for the translated word where one exists (e.g. guerra ~ war -2.9,
paz ~ peace +2.5), so the compound score means the same in every language.
Hand-written for diplomon; languages share one table because stems rarely collide.
"""

from __future__ import annotations

from monitor.scoring.text import words

_RAW = """
# --- positive ------------------------------------------------------------
abraz 1.8 acuerd 1.6 acord 1.6 accord 1.6 agradec 2.0 agradeç 2.0 obrigad 2.0 gracias 2.0
merci 2.0 remerci 2.0 alegr 2.5 alegri 2.5 joie 2.5 feliz 2.8 felic 2.6 heureu 2.6 content 2.0
amig 2.2 ami 2.2 amie 2.2 amitie 2.3 amizade 2.3 amistad 2.3 amor 3.0 amour 3.0 apoy 1.8 apoi 1.8
soutien 1.8 soutenir 1.8 ayud 1.7 ajud 1.7 aide 1.7 aider 1.7 bello 2.5 bela 2.5 belo 2.5
belleza 2.6 beleza 2.6 beaute 2.6 bendig 2.1 bened 2.1 bien 1.2 bem 1.2 bon 1.9 bonne 1.9 buen 1.9
boa 1.9 bom 1.9 celebr 2.4 cooper 1.9 coopera 1.9 confian 1.9 confianc 1.9 confiance 1.9
constru 1.2 digni 1.7 digno 1.7 digne 1.7 dignid 1.7 exito 2.8 exito 2.8 sucesso 2.8 succes 2.8
excelent 3.0 excellen 3.0 extraordin 2.6 esperanz 2.0 esperanc 2.0 espoir 2.0 fortalec 1.8
fortalecimento 1.8 renforc 1.8 fraterni 2.2 herman 1.8 irma 1.8 frere 1.8 fraternel 2.2
gran 1.3 grand 1.3 genial 3.0 gloria 2.4 honor 2.3 honra 2.3 honneur 2.3 histori 1.0 justo 1.3
justa 1.3 justic 1.4 justice 1.4 libert 2.2 liberte 2.2 libre 2.3 livre 2.3 lindo 2.4 magnific 3.0
maravill 3.0 maravilh 3.0 merveill 3.0 mejor 2.0 melhor 2.0 meilleur 2.0 orgull 2.3 orgulh 2.3
fier 2.3 fiert 2.3 paz 2.5 paix 2.5 placer 2.2 prazer 2.2 plaisir 2.2 progres 1.8 prosper 2.4
protege 1.3 proteg 1.3 respet 2.1 respeit 2.1 respect 2.1 segur 1.3 securit 1.3 solidar 2.0
soluc 1.5 soluca 1.5 solution 1.5 triunf 2.8 victoire 2.8 vitori 2.8 victori 2.8 unidad 1.8
unidade 1.8 unite 1.8 valor 1.5 valeur 1.5 valent 2.0 courage 2.2 coraje 2.2 coragem 2.2
bienvenid 2.0 bemvind 2.0 bienvenue 2.0 felicit 2.6 parabens 2.6 parabeniz 2.6 enhorabuena 2.6
gratitud 2.4 gratitude 2.4 gratidao 2.4 sonri 2.0 sorri 2.0 sourire 2.0 democra 1.2 hermos 2.6
formidable 2.8 benefic 2.0 beneficio 2.0 bienfait 2.0 ganar 2.2 gagner 2.2 ganh 2.2 logr 1.8
reussi 2.4 exemplar 2.2 exemplaire 2.2 ejemplar 2.2 compromis 1.2 compromet 1.2 dialog 1.5 dialogue 1.5
diálog 1.5 integra 1.2 fuerte 1.8 forte 1.8 fort 1.8 fuerza 1.0 dulzura 2.2 douceur 2.2 docura 2.2
cuidad 1.2 cuidar 1.4 soign 1.3 salud 1.2 saude 1.2 sante 1.2 vida 1.0 vie 1.0 vive 1.0 viva 1.6
# --- negative ------------------------------------------------------------
abandon -1.8 abus -3.0 abuso -3.0 acus -1.8 accus -1.8 agres -2.6 agress -2.6 agresion -2.6
amenaz -2.4 ameac -2.4 menace -2.4 menac -2.4 angust -2.4 angoiss -2.4 asesin -3.5 assassin -3.5
ataq -2.1 ataqu -2.1 attaqu -2.1 atentad -3.0 attentat -3.0 aburri -1.5 aburridor -1.5 chato -1.1
bloqueo -1.5 bloqueio -1.5 blocage -1.5 bomb -2.4 brutal -2.8 cadena -1.5 cadeia -1.3 chaine -1.2
carcel -1.8 cadeia -1.5 prison -1.8 prisao -1.8 prisi -1.8 catastr -3.3 caos -2.4 chaos -2.4
cobard -2.5 covard -2.5 lache -2.3 condena -2.0 condamn -2.0 conden -2.0 corrup -2.6 crimen -2.7
crime -2.7 crimin -2.7 crisis -2.3 crise -2.3 cruel -2.8 culpa -1.8 coupable -1.8 dano -2.2
dommage -1.8 danger -2.4 peligr -2.4 perig -2.4 delincu -2.7 delinquant -2.7 delinquent -2.7
desastr -3.1 desastre -3.1 desgraci -2.6 desprec -2.4 desprez -2.4 mepris -2.4 destru -2.7
detru -2.7 dictad -2.8 ditad -2.8 dictat -2.8 discrimin -2.3 dolor -2.2 dor -2.0 douleur -2.2
enemig -2.5 inimig -2.5 ennemi -2.5 enga -2.0 engan -2.0 engano -2.0 error -1.8 erro -1.8 erreur -1.8
escandal -2.3 escandalo -2.3 scandal -2.3 esclav -2.8 esposad -1.8 menott -1.8 algem -1.8
falso -2.2 falsa -2.2 faux -1.5 fausse -1.5 fracas -2.4 fracaso -2.4 echec -2.4 fraude -2.8
genocid -3.6 genocide -3.6 golpe -2.3 coup -1.2 grave -2.0 guerra -2.9 guerre -2.9 hambre -2.3
fome -2.3 faim -2.3 hipocr -2.3 hypocr -2.3 homicid -3.4 horribl -3.0 horror -3.0 horreur -3.0
humill -2.5 humilh -2.5 humili -2.5 ilegal -2.6 illegal -2.6 indign -2.0 inacept -2.5
inaceit -2.5 inaccept -2.5 injust -2.3 insult -2.3 insulto -2.3 interfer -1.6 injeren -1.8
ingeren -1.8 ingerenc -1.8 ingerence -1.8 invas -2.5 invad -2.5 lament -1.9 lamenta -1.9
luto -2.0 deuil -2.0 masacr -3.6 massacr -3.6 matanz -3.6 matar -3.7 tuer -3.7 mentir -2.3
mentira -2.3 mensonge -2.3 menteur -2.3 mentiroso -2.3 miedo -2.2 medo -2.2 peur -2.2 miseri -2.5
muert -2.9 mort -2.9 morte -2.9 muerte -2.9 muerto -2.9 nazi -3.0 odio -3.2 haine -3.2 ofens -2.1
offens -2.1 opres -2.6 oppress -2.6 pandill -2.3 peor -2.4 pior -2.4 pire -2.4 perdi -1.6
perder -1.8 perdre -1.8 pobre -1.5 pobreza -2.0 pauvret -2.0 preocup -1.4 inquiet -1.4 problem -1.7
probleme -1.7 rechaz -1.7 rejeit -1.7 rejet -1.7 rejette -1.7 repudi -2.2 repugn -2.8 reprob -2.0
represi -2.5 repress -2.5 riesg -1.7 risco -1.7 risque -1.7 robo -2.4 roubo -2.4 vol -1.0
sancion -1.8 sancao -1.8 sancoes -1.8 sanction -1.8 sufr -2.2 sofr -2.2 souffr -2.2 terribl -2.8
terror -3.0 tortur -3.2 traged -2.8 tragic -2.8 tragique -2.8 traicion -2.9 traic -2.9 trahi -2.9
trist -2.1 triste -2.1 tristeza -2.1 tristesse -2.1 tirano -2.8 tyran -2.8 vergonz -2.2 vergonh -2.2
honte -2.2 honteu -2.2 verguenza -2.2 victim -2.1 vitima -2.1 violen -2.9 viole -2.5 violac -2.5
violation -2.5 inhuman -2.8 desumano -2.8 desplaz -1.5 escalofri -1.8 amenaza -2.4 arrogan -2.2
chantaj -2.6 chantag -2.6 chantage -2.6 cipayo -2.5 traidor -2.9 traitre -2.9 payaso -2.0
palhaco -2.0 clown -2.0 ridicul -2.0 estupid -2.4 stupid -2.4 idiot -2.7 loco -1.8 louco -1.8 fou -1.8
castig -2.4 punir -2.4 puni -2.4 represal -2.4 represail -2.4 retalia -2.4 expuls -2.0 deport -1.5
aranceles -0.8 arancel -0.8 tarifa -0.6 boicot -1.3 boycott -1.3 embarg -1.5 ultimat -2.0
"""

NEGATORS = frozenset(
    words(
        "no nunca jamas ni nadie nada ningun ninguna ninguno sin tampoco nao nem nunca "
        "jamais ninguem nenhum nenhuma sem ne pas non aucun aucune rien personne sans ni"
    )
)
BOOSTERS: dict[str, float] = {
    w: 0.293
    for w in words(
        "muy tan totalmente absolutamente extremadamente profundamente muito tao "
        "totalmente extremamente profundamente tres plus totalement absolument "
        "extremement profondement vraiment realmente verdaderamente bastante sumamente"
    )
} | {w: -0.293 for w in words("poco pouco peu algo apenas casi quase presque")}
BUT_WORDS: dict[str, frozenset[str]] = {
    "es": frozenset({"pero", "sino"}),
    "pt": frozenset({"mas", "porem", "todavia"}),
    "fr": frozenset({"mais", "cependant", "pourtant"}),
}


def _parse(raw: str) -> dict[str, float]:
    table: dict[str, float] = {}
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split()
        for word, value in zip(parts[::2], parts[1::2], strict=True):
            table[word] = float(value)
    return table


STEMS: dict[str, float] = _parse(_RAW)
