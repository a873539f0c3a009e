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

# --- positive, more ----------------------------------------------------------------------
acert 1.5 acogedor 2.0 admir 2.4 adora 2.8 afect 1.4 afortunad 2.2 alivi 1.6 animo 1.6 aplaud 2.2
aprecia 2.0 apreci 2.0 armon 2.0 atent 1.2 auge 1.5 avance 1.4 avanc 1.4 bendicion 2.3 beneficios 2.0
brillant 2.6 calid 1.5 calma 1.4 carin 2.4 cariño 2.4 celebra 2.4 cercan 1.2 claridad 1.2 comod 1.4
compasi 1.8 comprension 1.6 compreens 1.6 conquist 1.8 consenso 1.6 consens 1.6 consolid 1.4 contribu 1.3
cordial 2.0 correcto 1.0 creativ 1.9 crecimiento 1.6 crescimento 1.6 croissance 1.6 cumpl 1.2
decent 1.7  deleit 2.6 desarrollo 1.5 desenvolv 1.5 developpement 1.5 divert 1.9 efica 1.6
eficien 1.6 efficac 1.6 elogi 2.3 emocion 1.2 encant 2.5 enriquec 1.8 entusias 2.2 equidad 1.6
equilibr 1.2 esplendid 2.8  estimad 1.6 etica 1.2 euforia 2.4 exitos 2.8 facil 1.5 favorec 1.6
festej 2.4 fiel 1.6 fier 2.0 firme 1.0 florec 2.0  fructif 2.0 generos 2.3 gentil 1.9 gloire 2.4
gozo 2.6 grat 1.8 honest 2.0 honnet 2.0 honrad 2.0 hospital 1.5 humild 1.2 ilusion 1.5 impresionant 2.3
impression 1.5 increibl 1.5 incroyabl 1.5 inspir 2.1 inteligen 2.0 intelligen 2.0 justicia 1.4 leal 1.8
loyal 1.8 lealdade 1.8 legitim 1.0 lider 1.0 lograr 1.8 lucid 1.5 magnif 3.0 mejora 1.8 melhora 1.8
amelior 1.8 merit 1.6 noble 2.0 nobre 2.0 oportunidad 1.6 oportunidade 1.6 opportunit 1.6 optim 2.0
orgueil 2.0  pacif 2.0 perfect 2.7 placent 2.2 plenitud 2.0 positiv 2.0 precios 2.3
prestig 1.8 prometedor 1.8 prosperidad 2.4 prosperidade 2.4 prosperite 2.4 protec 1.3 recompens 2.0
reconoc 1.6 reconhec 1.6 reconnai 1.6 reconcili 2.2 recuper 1.4 renov 1.4 resilien 1.6 respald 1.7
riqueza 1.8 richesse 1.8 sabidur 2.0 sabedoria 2.0 sagesse 2.0  satisf 2.0 seren 1.8 simpat 2.0
sinergia 1.8 sincer 1.8 sobresal 2.4 socorr 1.6 sonrisa 2.0 sorriso 2.0 sublim 2.6 super 1.8 tranquil 1.6
 unir 1.6 uniao 1.8 premio 2.0 premiad 2.0  util 1.4 valios 2.0 valoriz 1.6 vencer 2.0  virtu 1.9
bienestar 2.0 bem-estar 2.0 bien-etre 2.0 convivencia 1.8 convivio 1.8 libertad 2.2 liberdade 2.2

# --- negative, more ----------------------------------------------------------------------
abomin -3.0 absurd -1.8 acos -2.2 afront -2.3 agonia -2.6 agravi -2.3 alarm -1.6 amargo -1.8 amargu -1.9
angusti -2.4 ansiedad -2.0 ansiedade -2.0 anxiete -2.0 aplast -2.0 arbitrar -2.0 arruin -2.6 asco -2.6
asqueros -2.8 atroc -3.2 autoritar -2.2 bajez -2.2 barbar -3.0 basura -2.4 bestial -2.7 boicote -1.3
burla -2.0 burlar -1.8 calamid -2.8 calumni -2.6 caos -2.4 castigo -2.4 censur -2.0 cinic -2.2 codici -2.0
colaps -2.4 coler -2.3 colere -2.3 complot -2.3 conflict -2.1 confront -1.6 conspir -2.0 contamin -2.0
corrompid -2.6 cruelda -3.0 culpabl -2.0 danin -2.3 decadent -2.2 decepc -2.0 decevant -2.0 defraud -2.6
degrad -2.4 delit -2.6 demagog -2.0 denunc -1.4 deplorabl -2.6 depress -2.4 derrot -2.0 desaparec -1.8
desconfian -2.0 desconfianc -2.0 mefian -2.0 descontent -2.0 desesper -2.6 desgast -1.6 deshonr -2.6
desigualdad -1.8 desigualdade -1.8 inegalite -1.8 desmoron -2.2 despot -2.6 desprecia -2.4 destroz -2.8
devast -3.0 difam -2.6 dificil -1.2 difficil -1.2 discord -1.8 disgust -2.4 dolorosa -2.3 doloros -2.3
enfad -2.0 enfurec -2.6 enoj -2.2 escalad -1.4 escasez -1.7 escassez -1.7 penurie -1.7 estafa -2.6
explot -2.0 extorsi -2.8 fallecid -2.0 falleci -2.0 fatal -2.6 feroz -2.2 fracass -2.4 frustr -2.0
furia -2.6 fureur -2.6 furios -2.6  grosser -2.4 groser -2.4 grossier -2.4 hambruna -3.0
herid -2.0 blesse -2.0 ferid -2.0 hostil -2.4 humill -2.5 ignoran -1.8 ilegitim -2.2 illegitim -2.2
impun -2.4 incendi -2.0 incompeten -2.2 indecen -2.2 indignac -2.2 inestab -1.8 infam -2.8 infern -2.8
infierno -2.8 inferno -2.8 infortun -2.0 inhumano -2.8 injuri -2.4 inquietud -1.4 insegur -1.8
insolen -2.3 intimid -2.2 intoleran -2.4 irrespons -2.2 lastim -2.0 lesion -1.8 mafia -2.6 malas -1.8
maldad -2.8 maldit -2.6 maligno -2.8 malo -1.9 mala -1.9 mau -1.9  mauvais -1.9 mechant -2.2
mediocr -1.8 mentir -2.3 miseria -2.6 misere -2.6 molest -1.7 monstru -2.8 morbo -1.6 mortal -2.4
nefast -2.6 negligen -2.0 nocivo -2.2 odios -3.0 ofens -2.1 opresor -2.6 oppresseur -2.6 paranoi -2.0
penuria -2.0 perjudic -2.0 persecu -2.4 perversi -2.8 peste -2.6 pillag -2.8 plaga -2.4 pobrez -2.0
podrid -2.6 polemic -1.2 precari -1.8 prepoten -2.3 provoc -1.8 pesadilla -2.6 pesadelo -2.6
cauchemar -2.6 racis -3.0 rencor -2.4 rancune -2.4 repres -2.4 repugn -2.8 resentim -2.2 ressentim -2.2
retroces -1.8 ruin -2.4 ruina -2.6 sabot -2.3 sangr -2.2  saque -2.6 secuestr -3.0 sequestr -3.0
sospech -1.6 suspeit -1.6 soupcon -1.6 sucio -2.0 sujo -2.0  suicid -3.0 temor -2.0 tension -1.4
tensao -1.4 terrorist -3.4 tirania -2.8 torpe -1.6 toxic -2.4 trampa -2.0 trapaca -2.2 tramp -1.2
trauma -2.6 tristes -2.1 tumult -1.8 turbi -1.8 usurp -2.6 vandal -2.4 venganz -2.6 vinganc -2.6
vengeance -2.6 veneno -2.6 poison -2.6 vicio -1.8 vil -2.6 violent -2.9 vulner -1.6 xenofob -3.0 xenophob -3.0
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
