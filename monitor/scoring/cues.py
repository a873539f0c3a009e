# ruff: noqa: E501  (a data table: one cue per line reads better than wrapped regexes)
"""Escalation cue lexicon: event class, Goldstein-style weight and regex, in en/es/pt/fr
(and the core of Italian protest).

One line per cue: ``CLASS weight pattern``. Patterns are regular expressions over
accent-folded, lower-case text; word boundaries are added around each. Weights
follow CAMEO/Goldstein (GDELT's CAMEO.goldsteinscale.txt) with documented choices:
SANCTION = 163 (-8), visa bans = 172 (-5), EXPEL = 166 (-7), RECALL = 161 (-5:
CAMEO says -4; a recall or a break of relations is weighted as a severe act, which a
mild answer from the other side turns into an exchange),
THREATEN = 131 (-5.8), force threats = 138 (-7), ULTIMATUM = 139 (-7),
MILITARY = 190-195 (-9.5), ACCUSE = 111/112 (-2 .. -5 for atrocity charges),
INSULT (no CAMEO code; weighted -3.5 because Goldstein understates insults),
REJECT = 12x (-4), DEMAND = 10x (-3, between CAMEO -5 and PLOVER -1),
DEESCALATE = 0832/085 (+5..+7), COOPERATE = 03x/05x (+1 .. +4), PRAISE = 051
(+3.4), CONGRATULATE (+3.4), CONDOLE = 018 (+3.4).
No cue names a person, a country or a phrase of any evaluation scenario.
"""

from __future__ import annotations

CUES = r"""
# ---------------------------------------------------------------- markers (weight 0, not events)
_COND 0 if|unless|could|might|would|should|perhaps|possibly|si|a menos que|podria|podrian|quizas|quiza|tal vez|en caso de|caso|poderia|poderiam|talvez|pourrait|pourraient|peut-etre|au cas ou
_SARC 0 so-called|so called|supposed|alleged|self-proclaimed|supuest[oa]s?|presunt[oa]s?|autoproclamad[oa]|dizque|suposto|suposta|pretendu[e]?s?|soi-disant|autoproclame[e]?
_MOCK 0 hamas|hezbollah|hizbollah|isis|daesh|al-qaeda|al qaeda|taliban|cartels?|carteles|narcos
# phrases that contain a cue word but are no cue: "de acuerdo a" (according to); partners
# one informs or consults about an act, who are third parties, not the other side
_PHRASE 0 de acuerdo a|de acuerdo al
# bringing culprits to account is justice, not a threat to the state addressed
_PHRASE 0 hold (the )?(perpetrators|culprits|attackers|terrorists|killers|those responsible) (\w+ ){0,2}accountable|(punish|punishing|punished) (the )?(perpetrators|culprits|attackers|those responsible)|(castigar|sancionar|juzgar) a los (responsables|culpables|autores)|punir (les )?(auteurs|coupables|responsables)
_PHRASE 0 (alert(ed|ing)|inform(ed|ing)|brief(ed|ing)|notif(ied|ying)|consult(ed|ing)|(in|en|em) (contact|contacto|contato|touch) (with|con|com|avec)|informad[oa]s?|informamos|alertad[oa]s?|alertamos|consultad[oa]s?|consultamos|informe|informons|alerte|alertons|consulte|consultons) (\S+ ){0,5}(partners|allies|socios|aliados|parceiros|partenaires)
# ---------------------------------------------------------------- THREATEN
THREATEN -5.8 (will|would|shall|going to) (have to )?pay (a|the) (\w+ )?price|(will|would|shall) (have to )?pay dearly|make (\w+ ){1,4}pay dearly|make (him|her|them|it|you|\w+) pay (a|the) (\w+ )?price|(hacerle|hacerles|haremos) pagar (un|el) (\w+ )?precio|(fazer|faremos) (\w+ )?pagar (um|o) (\w+ )?preco|(lui|leur) faire payer (le|un) (\w+ )?prix
THREATEN -5.8 (serious|severe|grave|dire|heavy|real) consequences
THREATEN -7.0 (destroy|obliterate|wipe out|crush|devastate|ruin)\w* (\w+ ){0,3}(the )?(economy|economies) of|(destroy|obliterate|wipe out|crush|ruin)\w* (\w+ ){0,2}(\w+'s )(economy|economies)|(destruir|arruinar|aplastar) (\w+ ){0,2}la economia de|(destruir|arruinar) (\w+ ){0,2}a economia d\w|(detrui\w*|ruiner\w*|aneanti\w*) (\w+ ){0,2}l'economie d\w*
THREATEN -4.4 (will|would|could|shall|must) (\w+ ){0,2}consequences|consequences (for|against|await)
THREATEN -7.0 all options (are )?on the table
THREATEN -5.8 (we|i) will (respond|retaliate|react) (\w+ )?(firmly|strongly|decisively|forcefully|accordingly|in kind)
THREATEN -4.4 threat(en|ens|ened|ening)?
THREATEN -4.4 (stern |final )?warn(s|ed|ing)? (\w+ ){0,3}(that|against|not to)
THREATEN -4.4 (this is|these measures are|that is) (only |just )?the beginning
THREATEN -4.4 (reserv\w*|retain\w*) (\w+ ){0,2}right to (take |respond|further)
THREATEN -4.4 (prefers?|wants?|chooses?|seeks?) (a )?confrontation|(prefiere\w*|quiere\w*|busca\w*) (la )?confrontacion|(prefere\w*|quer\w*|procura\w*) (o |a )?confronto|(prefere\w*|veut|veulent|cherche\w*) (la )?confrontation
THREATEN -5.8 (we will|we'll|we are going to|we're going to|we shall) go as far as (we have to|we need to|necessary|needed|it takes)|(llegaremos|iremos) hasta (donde|el final)|(irons|nous irons) jusqu'au bout
THREATEN -5.8 (respondera\w*|responderemos|reaccionara\w*|reaccionaremos|repondra\w*|repondrons|reagira\w*|reagiremos) (\S+ ){0,8}(con firmeza|con contundencia|avec fermete|com firmeza|firmement|firmemente|fermement)
THREATEN -4.4 (would|will) be a (serious|grave|big|huge|terrible|historic|strategic) (mistake|error|miscalculation)|(seria|sera) un (grave |serio |gran )?error|(seria|sera) um (grave|serio|grande) erro|(serait|sera) une (grave|lourde|grosse) erreur
THREATEN -4.4 (lead|leads|led|bring|brings) (\w+ ){0,1}to (bitter |deep )?regret|(don't|do not|never) (\w+ ){0,1}play with|mother of all (wars|battles)|(nunca|jamas|jamais|never) (\w+ ){0,1}(vuelva|volte|again) (a )?(amenazar|ameacar|threaten)|no (juegue|jueguen|juegues) con|(ne jouez|ne joue) pas avec|nao (brinque|brinquem|jogue) com
THREATEN -4.4 further (action|actions|measures|steps) (will|may) follow
THREATEN -4.4 watch (his|her|your|their|its) (words|mouth|step|tongue)|(very |extremely )?dangerous (territory|game|path|road)|playing with fire|think twice|will regret|would regret|(mide|cuide|cuidado con) (sus|tus) palabras|juega con fuego|juegan con fuego|brinca(ndo)? com fogo|joue avec le feu|jouer avec le feu
THREATEN -5.8 (crushing|devastating|decisive|resolute|firm|forceful|harsh|severe|strong|proportionate) (response|retaliation|answer|blow|punishment|countermeasures)|(respuesta|replica) (contundente|firme|proporcional|dura)|(resposta|reacao) (firme|contundente|dura|a altura)|(reponse|riposte) (ferme|forte|proportionnee|severe|a la hauteur)
THREATEN -4.4 (will|shall) not (\w+ ){0,2}(go unanswered|go unpunished|stay silent|remain silent)|no quedara (sin respuesta|impune)|nao ficara (sem resposta|impune)|ne restera pas (sans reponse|impuni)
THREATEN -5.8 (habra|tendra|tendran|vendran) (graves |serias |severas )?consecuencias
THREATEN -5.8 pagar(a|an|emos)? (un|el|muy) (\w+ )?precio
THREATEN -4.4 amenaz\w*
THREATEN -7.0 todas las opciones (estan )?sobre la mesa
THREATEN -4.4 nos reservamos el derecho
THREATEN -5.8 (havera|tera|terao) (graves |serias )?consequencias
THREATEN -4.4 (asum\w*|assum\w*|arcar\w*|arcara\w*|bear|face|faces|facing|suffer) (\w+ ){0,2}(las |as |les |the |com as )?(consecuencias|consequencias|consequences)(?! (of|de|do|da|des|du|del)\b)
THREATEN -4.4 arrepentira\w*|arrepentiran|(vai|vao|ira|irao|vas|van|va) (a )?(se )?arrep(ent|end)\w*|arrependera\w*|regrettera\w*|regretteront|no (nos |me |le |les )?temblara (el pulso|la mano)|nao (nos )?tremera a mao
THREATEN -4.4 (ne |n')(resterons|restera|resteront) pas (les )?bras croises|no (nos |me |se )?(quedaremos|quedara\w*|vamos a quedar) (de )?brazos cruzados|nao (ficaremos|ficara\w*|vamos ficar) de bracos cruzados|(will not|won't|shall not|cannot|can't|not) (\w+ ){0,1}(stand|sit) idly by
THREATEN -7.0 (respond\w*|responder\w*|repondr\w*|responderemos|repondrons) (\w+ ){0,5}(with force|con (la )?fuerza|com (a )?forca|par la force|militarily|militarmente|militairement)
THREATEN -5.8 (no descart\w*|nao descart\w*|n'exclu\w*|ne exclu\w*|do not rule out|don't rule out|not ruling out|will not rule out|won't rule out|rule nothing out) (\w+ ){0,2}(ninguna|nenhuma|aucune|any|no) (\w+ ){0,1}(opcion|opcao|option|options)|(ninguna|nenhuma|aucune|no) opci?on (esta |\w+ )?(descartada|exclue|off the table)
THREATEN -4.4 ameac\w*
THREATEN -5.8 (get|gets|take|takes|have|annex|seize|acquire)\w* (\w+,? ){0,1}one way or (the )?(other|another)|por las buenas o por las malas|por bem ou por mal|de gre ou de force|by hook or by crook
THREATEN -7.0 (not|won't|will not|wouldn't|would not|refus\w* to|don't|do not) (\w+ ){0,1}rul\w* out (\w+ ){0,3}(military|force|economic coercion|an invasion|invading)|(no|nao) descart\w* (\w+ ){0,3}(la fuerza|a forca|militar\w*|invasion|invasao)|n'exclu\w* pas (\w+ ){0,3}(la force|militaire\w*|invasion)
THREATEN -5.8 pagar(a|ao)? (um|o) (\w+ )?preco
THREATEN -7.0 todas as opcoes (estao )?(sobre a|na) mesa
THREATEN -5.8 (il y aura|aura|auront) des consequences
THREATEN -4.4 menac\w*
THREATEN -5.8 payer? (le|un) (\w+ )?prix
THREATEN -5.8 (paiera|paieront|paierez|paierons|payera|payeront) (le|un|tres|cher|tres cher|cherement)( (\w+ )?prix)?
THREATEN -4.4 (advert\w*|advirt\w*) (\w+ ){0,4}(que|contra|de que|sobre las consecuencias)|(mett\w*|mis|met) en garde|(avert\w*) (\w+ ){0,4}(que|contre)|lanc\w* (\w+ ){0,2}(avertissement|mise en garde)
THREATEN -7.0 toutes les options (sont )?sur la table
THREATEN -4.4 (reserv\w*|retain\w*) (\w+ ){0,2}right to (\w+ ){0,3}(respond\w*|response\w*|react\w*|retaliat\w*|action|actions|measures|countermeasures)|se reserv\w* (\w+ ){0,1}(el|le) (derecho|droit) (a|de)|reserva-se o direito|se reserva o direito
THREATEN -4.4 (will|shall) not (\w+ ){0,2}(stand|go) unchallenged|will not be left unanswered|will not go unanswered
THREATEN -4.4 (will|shall) not (go|remain|be left) without (a |an )?(response|answer|reaction|consequences)|won't go without (a )?(response|answer)
THREATEN -5.8 (tomar\w*|adoptar\w*|tomaremos|adoptaremos|prendr\w*|adotar\w*|take|taking) (\w+ ){0,2}(todas las |toutes les |todas as |all )?(medidas|mesures|measures|steps) (que \w+ |qu'\w+ |it deems |it considers |we deem )?(necesarias|necessaires|necessarias|necessary|oportunas|pertinentes|adecuadas|appropriate|appropriees|cabiveis|adequadas|qui s'imposent)|all necessary (measures|steps|means)
THREATEN -5.8 (on |en |em )(full|high|maximum|combat) alert|en (estado de )?alerta maxima|em alerta maximo|en etat d'alerte|alerte maximale
THREATEN -4.4 (held|hold|be held) (\w+ ){0,2}accountable|(rendir|rendira|rendiran) cuentas|prestar contas|rendre des comptes
THREATEN -5.8 (armed forces|military|army|troops|fuerzas armadas|ejercito|tropas|forcas armadas|exercito|forces armees|armee|troupes) (\w+ ){0,3}(are |is |estan |estao |sont |est )?(ready|prepared|on standby|listas|listos|preparad\w*|dispuest\w*|prontas|prontos|pretes|prets) (to|para|a|pour) (defend|respond|act|defender|responder|actuar|agir|defendre|repondre)|defend every inch|defender cada (centimetro|palmo)|defendre chaque (centimetre|pouce)
# ---------------------------------------------------------------- ULTIMATUM
ULTIMATUM -7.0 ultimatum|ultimato|ultimatums
ULTIMATUM -7.0 (you|they|it) (have|has) \d+ (hours|days)
ULTIMATUM -7.0 (give|gives|gave|given|giving) (\w+ ){0,3}\d+ (hours|days) to|(damos|da|dio|dan|dieron|otorg\w*|deu|dao|deram|concede\w*) (\w+ ){0,3}\d+ (horas|dias) para|(donn\w*|laiss\w*|accord\w*) (\w+ ){0,3}\d+ (heures|jours) pour|(plazo|prazo) (\w+ ){0,2}de \d+ (horas|dias)|(delai|delais) (\w+ ){0,2}de \d+ (heures|jours)|(deadline|final deadline) of \d+ (hours|days)
ULTIMATUM -7.0 (tiene|tienen|tem|teem|a|ont) \d+ (horas|heures|jours|dias)
ULTIMATUM -7.0 (to leave|para salir|para deixar|pour quitter) (\w+ ){0,3}(within )?(the next )?\d+ (hours|horas|heures)
ULTIMATUM -7.0 \d+ (horas|hours|heures|dias|days|jours) (\S+ ){0,5}(para|to|pour) (abandonar|salir|dejar|leave|quitter|deixar|sair|responder|repondre|respond|liberar|libertar|liberer|release|retirar|retirer|withdraw|cumplir|cumprir|comply)
# ---------------------------------------------------------------- SANCTION
SANCTION -8.0 (impos\w*|slap\w*|levy\w*|levied|rais\w*|increas\w*|hik\w*|apply\w*|applied|charge|charging|announc\w*) ((?!pas |no |not |nao |never |jamais |aucun)(\w+ |\w\w?')){0,4}(tariffs?|duties|sanctions)
SANCTION -8.0 (impon\w*|impuso|impusimos|aplic\w*|elev\w*|sub\w*|aument\w*|establec\w*|anunci\w*) ((?!pas |no |not |nao |never |jamais |aucun)(\w+ |\w\w?')){0,4}(aranceles|arancel|sanciones|tarifas)
SANCTION -8.0 (impo\w*|impus\w*|aplic\w*|elev\w*|aument\w*|anunci\w*) ((?!pas |no |not |nao |never |jamais |aucun)(\w+ |\w\w?')){0,4}(tarifas|sancoes|taxas)|(impos\w*|appliqu\w*|relev\w*|augment\w*|annonc\w*) ((?!pas |no |not |nao |never |jamais |aucun)(\w+ |\w\w?')){0,4}(droits de douane|sanctions|tarifs douaniers|surtaxes)
SANCTION -7.0 (tariff|tariffs|arancel|aranceles|tarifa|tarifas|duty|duties) (of|de) \d+ ?%
SANCTION -6.0 (medidas|barreras) arancelarias|arancelari\w*|tarifari\w*|(medidas|barreiras) tarifarias
SANCTION -3.5 sanction(s|ed|ing)?|sancion(es|ar|ara|aremos|ado|ados)?|sancao|sancoes|sancionar\w*
SANCTION -3.5 tariff(s)?|aranceles|arancel|tarifas alfandegarias|droits de douane|surtaxe\w*
SANCTION -7.0 (\d+ ?%|\d+ per ?cent|\d+ por ciento|\d+ pour cent) (\w+ ){0,3}(tariff|tariffs|duty|duties|tax|arancel|aranceles|tarifa|tarifas|taxe|taxes|droits)|(\d+ ?%|\d+ per ?cent|\d+ por ciento|\d+ pour cent) (a las|sobre las|on|aux|sur les|as|sobre as|sobre los|a los|on all) (\w+ ){0,1}(importaciones|imports|importations|importacoes|productos|products|produits|produtos|bienes|goods)
SANCTION -7.0 (tarifa|tarifas|taxa|taxas|imposto|impostos|impuesto|impuestos) (\w+ ){0,2}(de )?(importacao|importacoes|importaciones|importacion|sobre (as|los) (importacoes|importaciones))
SANCTION -8.0 embargo(es|s)?|blockade (of|against|on)|bloqueo (economico|comercial|financiero)|bloqueio (economico|comercial)|blocus
SANCTION -5.0 (travel|entry|visa) bans?|visa (revocations?|restrictions|sanctions|suspension)|(revok\w*|cancel\w*|suspend\w*|suspension of) (\w+ ){0,2}visas?( issuance)?
SANCTION -5.0 (revoca\w*|suspen\w*|cancela\w*|cancelamento|anula\w*) (\w+ ){0,2}(visas|vistos|visados|visa)|prohibicion de (entrada|viaje)|proibicao de (entrada|viagem)|interdiction d'entree
SANCTION -7.0 (freez\w*|froze|frozen|suspend\w*|halt\w*) (\w+ ){0,3}(trade|investment|imports|exports|assets|transactions)
SANCTION -5.0 (cooperation|cooperacion|cooperacao) (\S+ ){0,4}(be |is |was |will be |has been |have been |are )?(temporarily |immediately )?(suspended|frozen|halted|suspendida|suspensa|congelada)
SANCTION -7.0 (congel\w*|suspen\w*) (\w+ ){0,3}(comercio|comercial|inversiones|investimentos|activos|ativos|importaciones|transacciones|transacoes)
SANCTION -7.0 (gel\w*|suspen\w*) (\w+ ){0,3}(commerce|echanges|investissements|avoirs|importations)
SANCTION -5.6 (withh[oe]ld\w*|freez\w*|froze|frozen|suspend\w*|halt\w*|cut\w* off|stop\w*) (\S+ ){0,6}(aid|funding|payments?|contributions?|assistance|disbursements?|donations?|fund)|(congel\w*|suspend\w*|suspen\w*|retien\w*|reten\w*|cort\w*) (\S+ ){0,6}(ayuda|ayudas|fondos|fondo|pagos|aportes|financiamiento|financiacion|donaciones|ajuda|repasses?|verbas?|pagamentos?|doacoes|fundo|contribuic\w*)|(gel\w*|suspend\w*|retien\w*|bloqu\w*|coup\w*) (\S+ ){0,6}(aide|aides|versements?|financements?|paiements?|fonds|dons)
SANCTION -6.0 (blacklist\w*|export controls|import ban|boycott\w*|boicot\w*|boicote\w*)
SANCTION -5.0 (suspend\w*|suspen\w*|gel\w*|freez\w*|froze|frozen|congel\w*|halt\w*) (\w+ ){0,1}(toda |toute |all |a |la |sa |our |nuestra |nossa |notre |their |its |su |sua )?(cooperation|cooperacion|cooperacao)|restrictions? (de |sur les )?visas?|restricciones de (visado|visados|visas?)|restricoes de vistos?
SANCTION -7.0 (ban|bans|banned|banning|prohib\w*|proib\w*|interdi\w*|embargo\w*) (\w+ ){0,2}(all )?(imports|exports|importaciones|exportaciones|importacoes|exportacoes|importations|exportations)
SANCTION -8.0 (sancionamos|sancionaremos|sancionara|sanctionnons|sanctionnerons|sanctionne|sanctionnent|we sanction|we have sanctioned|we sanctioned) (a |des |les )?(\w+ ){0,1}(funcionarios|autoridades|dirigentes|oficiais|responsables|responsaveis|dirigeants|officials|individuals|entities|empresas|entreprises|companies|individuos|individus|personas|pessoas|personnes|ministros|ministres|ministers|jueces|juizes|juges|militares|militaires)
SANCTION -7.0 (close\w*|closing|closure of) (\w+ ){0,2}airspace|(cerrar|cierre|cierra|cerro|fechar|fecha|fechou|fechamento) (\w+ ){0,2}(espacio aereo|espaco aereo)|ferm\w* (\w+ ){0,2}espace aerien
SANCTION -7.0 (elevacao|aumento|imposicao|alza|subida|hausse|imposition) (\w+ ){0,3}(tarifas|aranceles|droits de douane|tarifs douaniers)|tarifa(s)? (de|a|sobre) (importacao|importacion|importaciones|importacoes|productos|produtos)
SANCTION -7.0 (clos\w*|seal\w*|shut\w*) (\w+ ){0,2}(the )?borders?|(cerr\w*|cierr\w*|cierre) (\w+ ){0,2}(la |las )?fronteras?|(fech\w*) (\w+ ){0,2}(a |as )?fronteiras?|ferm\w* (\w+ ){0,2}(la |les )?frontieres?
SANCTION -6.0 (suspend\w*|halt\w*|ban\w*|cancel\w*|stop\w*) (\w+ ){0,2}(all )?(flights|air links|air traffic|air travel)|(suspen\w*|cancel\w*|prohib\w*) (\w+ ){0,2}(los |todos los )?vuelos|(suspen\w*|cancel\w*|proib\w*) (\w+ ){0,2}(os |todos os )?voos|(suspen\w*|annul\w*|interdi\w*) (\w+ ){0,2}(les |tous les )?vols
RECALL -5.0 (clos\w*|shut\w*) (\w+ ){0,2}(embassy|consulate|mission)|(cerr\w*|cierr\w*) (\w+ ){0,2}(la |el |su |nuestra |nuestro )?(embajada|consulado)|fech\w* (\w+ ){0,2}(a |o |sua |nossa |nosso )?(embaixada|consulado)|ferm\w* (\w+ ){0,2}(l'|notre |son )?(ambassade|consulat)
# ---------------------------------------------------------------- RETALIATE
RETALIATE -8.0 retaliat\w*|counter-?(tariffs|measures|sanctions)|reciprocal (tariffs|measures|sanctions)|tit-for-tat
RETALIATE -8.0 (by|in|on the basis of|as a matter of|principles? of) reciprocity|reciprocal (expulsions?|measures|response)|(por|en|principios? de|ley de|medidas? de) (la )?reciprocidad|(par|en|principes? de|au nom de la|mesures? de) (la )?reciprocite
RETALIATE -8.0 represalia(s)?|contramedidas|medidas reciprocas|aranceles reciprocos|retaliac\w*|reciprocidade|represaille(s)?|contre-?mesures|mesures de retorsion|riposte\w*
# ---------------------------------------------------------------- EXPEL / RECALL
EXPEL -5.0 (revok\w*|withdraw\w*|strip\w*|lift\w*) (\w+ ){0,2}diplomatic (status|immunity|accreditation|protection)|(retir\w*|revoc\w*|levant\w*) (\w+ ){0,2}(el |la |o |a |le |l')?(estatus|status|estatuto|immunite|inmunidad|imunidade) diplomatic\w*
EXPEL -7.0 persona non grata
EXPEL -7.0 (retir\w*|revoc\w*|revog\w*|withdr\w*) (\w+ ){0,2}(l'|d')?(beneplacito|agrement|agreement to the ambassador)
EXPEL -7.0 expel\w*|expulsion(s)?|expuls\w*
EXPEL -5.0 deport\w*|(orden\w*|order\w*|ordon\w*) (\w+ ){0,1}(la |a |le |the )?(salida|saida|depart|departure) (inmediata |imediata |immediat |immediate )?(del?|dos?|das?|des|of) (\w+ ){0,1}(embajador\w*|embaixador\w*|ambassadeur\w*|ambassador\w*|diplomat\w*|diplomates|encargad\w*|encarregad\w*|charge d'affaires|consul\w*|agentes|agents|representantes|representants|representatives)
EXPEL -7.0 (order\w*|told|asked) (him|her|them|the \w+|\w+ \w+) to leave (the country|within)
EXPEL -6.0 (return|go back) to (his|her|their) country
RECALL -5.0 recall\w* (\S+ ){0,3}(ambassador|ambassadors|envoy|envoys|diplomats|consul)
RECALL -5.0 (ambassador|ambassadors|envoy|envoys|consul|diplomats)( \S+){0,6} (for|to) consultations?|summon\w* (\w+ ){0,3}(ambassador|ambassadors|envoy|envoys)( \S+){0,6} (for|to) consultations?|(return\w*|come home|came home|brought home|called home|summoned home) (\w+ ){0,4}for consultations?
RECALL -5.0 (sever\w*|cut\w*|break\w* off|suspend\w*|downgrad\w*) (\w+ ){0,2}(diplomatic )?(ties|relations|communication lines|communication channels|hotlines?|contacts)|(communication lines|communication channels|hotlines?) (\w+ ){0,6}(cut off|severed|suspended)|break with (the )?(\w+ ){0,2}(authorities|government|regime)
RECALL -5.0 (suspen\w*|denounc\w*|denonc\w*|withdr\w*|abrog\w*|tear\w* up|tore up|quit\w*|exit\w*) (\w+ |\w\w?'){0,3}(the |le |el |o |du |del |de la )?(traite|treaty|tratado|pacto|pact) (d'\w+|de \w+|of \w+|do \w+|da \w+|del \w+|du \w+)
RECALL -5.0 (llam\w*|convoc\w*) (\w+ ){0,3}a consultas|chamou para consultas|chamad\w* para consultas|chamar para consultas|rappel\w* (\w+ ){0,6}(ambassadeur\w*|pour consultations)
RECALL -5.0 (romp\w*|suspend\w*|cort\w*) (\w+ ){0,2}(las |as )?relaciones diplomaticas|romper relaciones|(romp\w*|cort\w*|suspend\w*) (\w+ ){0,2}relacoes diplomaticas|rompre (\w+ ){0,2}relations
RECALL -5.0 retir\w* (\w+ ){0,3}(embajador|embaixador|ambassadeur)
RECALL -5.0 (embajador\w*|embaixador\w*|ambassadeur\w*|encargad\w* de negocios|encarregad\w* de negocios)( \w+){0,6} (a|para|en) consultas|(ambassadeur\w*|charge d'affaires)( \S+){0,6} pour consultations|(llam\w*|convoc\w*|cham\w*) (\w+ ){0,5}(a|para) consultas
RECALL -5.0 (recall\w*|withdr\w*|retir\w*|rappel\w*) (\w+ ){0,4}(ambassador\w*|embajador\w*|embaixador\w*|ambassadeur\w*|envoy\w*|encargad\w* de negocios)
RECALL -5.0 (recall\w*|withdr\w*|retir\w*|rappel\w*) (\w+ ){0,3}(diplomats|diplomatic staff|diplomatic personnel|personal diplomatico|diplomaticos|pessoal diplomatico|personnel diplomatique|diplomates)
EXPEL -7.0 (retirar|retiren|salir|abandonar|leave|withdraw|quitter|deixar) (\w+ ){0,3}(sus|seus|leurs|their|its) (representantes|diplomaticos|diplomatas|representatives|diplomats|diplomates|representants)
ACCUSE -3.0 (summon\w*|convoc\w*|convoqu\w*) (\w+ ){0,4}(ambassador\w*|embajador\w*|embaixador\w*|ambassadeur\w*|envoy\w*|charge d'affaires|encargad\w* de negocios|high commissioner)|summon\w* (the )?\w+'s (ambassador|envoy|high commissioner|charge d'affaires)
ACCUSE -3.0 (summon\w*|convoc\w*|convoqu\w*) (h\.e\.|s\.e\.|mr\.|mrs\.|ms\.|m\.|sr\.|sra\.) (\S+ ){1,5}(ambassador\w*|embajador\w*|embaixador\w*|ambassadeur\w*|envoy\w*|charge d'affaires|high commissioner)
ACCUSE -3.0 (ambassador|envoy|charge d'affaires|high commissioner|embajador\w*|embaixador\w*|ambassadeur\w*|encargad\w* de negocios|haut-commissaire)( \S+){0,8} (was|were|has been|have been|fue|fueron|ha sido|foi|foram|a ete|ont ete) (summoned|called in|convocad\w*|convoqu\w*)
ACCUSE -3.0 (strong|formal|firm|energetic|vigorous) protest|protest note|note of protest|nota de protesta|nota de protesto|note de protestation|(energica|firme) protesta|(vive|ferme) protestation|protesto (formal|veemente)
RECALL -5.0 (romp\w*|suspend\w*|cort\w*|congel\w*) (\w+ ){0,2}(las |as |les )?(relaciones|relacoes|relations)( diplomaticas| diplomaticas| diplomatiques| exteriores)?
EXPEL -6.0 (debe|deben|debera|deberan|must|doit|doivent|devra|devront|deve|devem|devera|deverao) (\w+ ){0,2}(abandonar|salir de|leave|quitter|deixar|sair d\w*) (\w+ ){0,1}(el pais|the country|le pays|o pais|le territoire|el territorio|o territorio|immediately|de inmediato|imediatamente|immediatement)
RECALL -5.0 (pausa|pause|pausar|pausamos|pauser) (\w+ ){0,3}(las |as |les |the )?(relaciones|relacoes|relations|ties)
# ---------------------------------------------------------------- MILITARY
MILITARY -9.5 military (action|strike|strikes|force|option|intervention|operation|response|attack)
MILITARY -9.5 air ?strikes?|missile (strike|strikes|attack|attacks)|bombing|bombed|bombard\w*
MILITARY -9.5 invasion|invade\w*|invadi\w*|invasao|envahi\w*
MILITARY -9.5 (struck|strike|striking|attacked|targeted|bombed) (\w+ ){0,3}(military )?(targets|positions|bases|installations|facilities|sites)|(atac\w*|bombarde\w*) (\w+ ){0,3}(objetivos|posiciones|blancos|alvos|posicoes|instalaciones|instalacoes)|(frapp\w*|attaqu\w*|bombard\w*) (\w+ ){0,3}(cibles|positions militaires|installations militaires|bases militaires)
MILITARY -7.2 (troops|forces|tanks|army) (\w+ ){0,3}(to|on|at|near) the border|mobiliz\w* (\w+ ){0,2}(troops|forces|army|reservists)|naval blockade|declar\w* war
MILITARY -7.2 (deploy\w*|position\w*|sent|send\w*|mov(e|ed|ing)|dispatch\w*) (\w+ ){0,4}(troops|warships|submarines|aircraft carriers?|bombers|missiles|destroyers|fighter jets|battalions|brigades)|nuclear submarines|(desplieg\w*|despleg\w*|envi\w*|mov\w*) (\w+ ){0,3}(tropas|buques de guerra|submarinos|portaaviones|misiles|bombarderos)|(deploi\w*|envoi\w*|envoy\w*) (\w+ ){0,3}(troupes|navires de guerre|sous-marins|porte-avions|missiles)
MILITARY -9.5 (accion|intervencion|ataque|ataques|opcion) militar(es)?|bloqueo naval|declarar la guerra|tropas (\w+ ){0,2}(a|en) la frontera|movilizacion de tropas
MILITARY -9.5 (acao|intervencao|ataque|opcao) militar|tropas na fronteira|declarar guerra
MILITARY -9.5 (attaque|attaques|tirs?|frappes?) (\w+ ){0,1}(de |aux )?missiles?|(ataque|ataques|lanzamiento) (\w+ ){0,1}(con|de) misiles|(ataque|ataques|lancamento) (\w+ ){0,1}(com|de) misseis|(missile|rocket|drone) (barrage|launches)
MILITARY -9.5 (action|intervention|operation|frappe|frappes) militaire(s)?|frappes? aeriennes?|troupes a la frontiere|declarer la guerre
MILITARY -7.2 (troops|forces|tanks|army|soldiers|servicemen|tropas|soldados|troupes|soldats|militares) (\w+ ){0,4}(at|on|near|to) the border|(soldados|militares|tropas) (\w+ ){0,3}(en|na|a) la frontera|(soldats|militaires|troupes) (\w+ ){0,3}a la frontiere
MILITARY -7.2 (shot|shoot\w*|brought|bring\w*) down (\w+ ){0,4}(balloon|aircraft|plane|jet|drone|drones|airship|helicopter|missile)|(derrib\w*|abati\w*) (\w+ ){0,3}(avion|aviao|dron|drone|globo|balao|aeronave|helicoptero|missil|misil)|abatt\w* (\w+ ){0,3}(avion|drone|ballon|aeronef|helicoptere)
MILITARY -7.2 (use|using|used|uses) (of )?(military )?force|uso de la fuerza|usar la fuerza|uso da forca|usar a forca|recours a la force
ACCUSE -4.0 annex(ation|ations|ed|ing|er|ion|ions|es)?|anexion\w*|anexar\w*|anexaron|anexacao|anexou|weaponi[sz]\w*|instrumentali[sz]\w*|as a weapon|como (un |uma )?arma|comme (une )?arme|hybrid (attack|warfare|war)|ataque hibrido|guerra hibrida|attaque hybride|guerre hybride
# ---------------------------------------------------------------- ACCUSE
ACCUSE -2.0 condemn\w*|denounc\w*|accus\w*|blame\w*|deplor\w*
ACCUSE -3.0 (interfere\w*|interference|meddl\w*|intervening) (\w+ ){0,3}(internal|domestic) affairs|interference|meddling
ACCUSE -2.5 (in )?(violation|contravention|breach) of|violat(e|es|ed|ing)
ACCUSE -3.0 unacceptable|reprehensible|disrespectful|discriminatory|discriminates against|irrespetuos[oa]s?|desrespeitos[oa]s?|irrespectueu\w*|(manque|faute) de respect|falta de respeto|falta de respeito|outrageous|shameful|disgraceful|scandalous|despicable|deplorable|dishonou?r(s|ed|ing)?|(deshonr|desonr)\w*|deshonore\w*|indecen(t|te|tes)|c'est une honte|es una verguenza|e uma vergonha
ACCUSE -3.0 (is|are|was|were) (not|totally not|in no way) acceptable|(no es|no son|no resulta\w*) aceptables?|(nao e|nao sao) aceitave(l|is)|(n'est|ne sont) pas acceptables?|(spread\w*|tell\w*|told|peddl\w*|these|their|such|pure|blatant|outright|total|complete) lies|distortion\w* of (the )?(facts|history|truth|reality|events)|misrepresent\w*|mentiras|(distorsion\w*|deformation\w*) (de|des) (los |la |l'|les )?(hechos|historia|verdad|realidad|faits|histoire|verite|realite)|tergivers\w*|distorc\w*|deturp\w*|mensonges
ACCUSE -3.0 (chang\w*|alter\w*) (\w+ ){0,2}status quo|status quo (\w+ ){0,1}by force|(protest\w*) (\w+ ){0,2}in the strongest (possible )?terms|(protest\w*) strongly|(strong|strongest|stern|firm|formal|solemn) protest|(lodg\w*|registered|delivered|conveyed) (\w+ ){0,2}(a |its |our )?(strong |formal |stern )?protest|premeditated|(modific\w*|alter\w*|cambi\w*|mud\w*) (\w+ ){0,2}(el |o |le )?(status quo|statu quo)|(protesta|protesto) (\w+ ){0,1}(energica|formal|firme|veemente)|(vive|ferme|solennelle) protestation|protestation\w* (vive|ferme|energique|solennelle|formelle)|protest\w* (\w+ ){0,2}(vigoureusement|energiquement|energicamente|veementemente)
ACCUSE -2.0 inappropri\w*|excessi(ve|fs?|ves?)|excesiv[oa]s?|excessiv[oa]s?|inapropiad\w*|inapropriad\w*|(propos|remarks|comments|declaraciones|declaracoes|lettre|courrier) (\w+ ){0,3}deplace\w*|(totalement|tout a fait|completement) deplace\w*|(is|are) in no position to (\w+ ){0,2}(lecture|judge|be|act|mediate|teach|give)|constat\w* avec (\w+ ){0,1}(etonnement|stupefaction)|note\w* with (\w+ ){0,1}(astonishment|surprise)|(observ\w*|constat\w*) con (\w+ ){0,1}(sorpresa|estupor|asombro)|constat\w* com (\w+ ){0,1}(surpresa|espanto)
ACCUSE -1.5 (lament\w*|deplor\w*|regrett\w*|regret\w*) (\w+ ){0,1}(el |la |le |l'|o |a |the |this |that )?(anuncio|decision\w*|decisao|annonce|announcement|move|statement|remarks)
ACCUSE -2.0 unlike (in|what happens in|what is happening in|the situation in)|contrairement a ce qui se passe (en|au|aux|dans)|a diferencia de lo que (ocurre|sucede|pasa) en|ao contrario do que (acontece|ocorre|se passa) (em|no|na|nos)
ACCUSE -2.5 bluster\w*|empty threats|(pr|publicity|propaganda) stunts?|fanfarronad\w*|bravata\w*|rodomontade\w*|fanfaronnade\w*
ACCUSE -3.0 making (things|stuff|this|that|it) up|made (things|stuff|this|that|it) up|inventing (things|stories)|(inventa\w*|inventan) (cosas|historias)|(inventa\w*) (coisas|historias)|invent\w* des (choses|histoires)
ACCUSE -3.0 illegally (intruded|entered|occupied|grounded|crossed|seized|boarded)|incursion\w*|incursao|incursoes|incursiones|intru(ded|sion|sions|ding) (into|in) (our|the|its)|reckless\w*|aggressive (actions?|acts?|behaviou?r|manoeuvres?|maneuvers?|conduct)|rammed|ramming|(ilegalmente|illegalement) (\w+ ){0,1}(ingres\w*|entr\w*|ocup\w*|occup\w*|penetr\w*)|temerari\w*|irresponsab\w*
ACCUSE -3.0 (need|needs|must|should|have|has|ought) (to )?treat (each other|one another|us|their allies|its allies|their partners|its partners|their friends) with (more )?respect|(do not|don't|did not|didn't) appreciate (the|your|this|that|their|his|her) (tone|remarks|words|language|comments|rhetoric|manner)|(this|that) is not how (you|one) (treat|treats|address|addresses|speak to|speaks to|talk to|talks to|deal with|deals with) (\w+ ){0,2}(allies|ally|friends|partners|neighbou?rs)|(ce n'est pas|no es|nao e) (ainsi|asi|assim) (qu'on|que se|que) (traite|trata)
ACCUSE -3.0 (no somos|nao somos|we are not|we are no longer|ya no somos|ja nao somos|nous ne sommes (pas|plus)) (\w+ ){0,1}(una |uma |a |une )?(colonia|colonie|colony|vassal\w*|protectorado|protectorate|protectorat)
ACCUSE -3.5 (asfixia|asfixiar|strangl\w*|strangulation|asphyxiat\w*|estrangul\w*|etrangl\w*) (\w+ ){0,1}(economic\w*|economica|financier\w*|financiera)|(economic|financial) (strangulation|asphyxiation|suffocation|warfare)|(politica|guerra) de asfixia|guerra economica|guerre economique|(recrudec\w*|endurec\w*|tighten\w*|intensif\w*|renforc\w*|reforc\w*) (\w+ ){0,2}(el |the |le |o )?(bloqueo|blockade|blocus|bloqueio|embargo)|(provocar|provoke|provoking|provoquer|provocando) (\w+ ){0,1}(un |an |une |uma )?(estallido|uprising|soulevement|explosao|revuelta|revolt|unrest|caos|chaos)
ACCUSE -2.0 (sin|without|sem|sans) (\w+ ){0,1}(cooperacion|cooperacao|cooperation) (alguna|alguma|aucune|whatsoever)|(falta|ausencia|lack|absence|manque) (total )?de (\w+ ){0,1}(cooperacion|cooperacao|reciprocidad|reciprocity|reciprocidade|reciprocite)|(lack|absence) of (\w+ ){0,1}(cooperation|reciprocity)
ACCUSE -3.0 ('s|his|her|their|its|these|such|repeated|constant|latest|veiled|open) threats|threats (to cut|to impose|to invade|to attack|to use|against)|immoral|selfish|egoista|egoiste|short-sighted|shortsighted|play\w* into (\w+ ){0,2}hands|(hac\w*|hizo) el juego (a|de|del)|fai\w* le jeu (de|du|des)|(fazer|faz\w*|fez) o jogo (de|do|da)|(supporting|supports|supported|support for|support of|backing|abetting) (the )?(\w+ ){0,2}(aggression|terrorism|terrorists|war crimes|invasion|occupation)|lies and (\w+ ){0,1}(accusations|slander|smears|propaganda|insults)|inmoral\w*|imoral\w*
ACCUSE -2.5 (openly |overtly |deeply )?(unfriendly|hostile) (position|positions|stance|act|acts|steps|actions|policy|course|rhetoric)|anti-\w+ (course|policy|campaign|hysteria|rhetoric)|unilateral (restrictive |coercive |punitive )?(measures|sanctions|actions|steps|decision|decisions|move|moves|act|acts)|(seeks?|seeking|sought|aims?|aiming|aimed) to (damage|harm|undermine|destabili[sz]e|weaken)|responsibility (\w+ ){0,3}(lies|rests) (entirely|fully|solely|squarely|wholly) with|(medidas|acciones|acoes|mesures|sanciones|sancoes|decisions?|decisiones|decisao|decisoes|accion|acao|actos?|atos?|actes?) unilatera\w*|(posicion\w*|postura\w*|actos?|posicao|posicoes|atos?|actes?|posture\w*|position\w*) (\w+ ){0,1}(hostil\w*|inamica\w*|inamistos\w*|hostiles?)|la responsabilidad (\w+ ){0,3}(recae|es) (enteramente|totalmente|exclusivamente|unicamente) (de|en|sobre)|la responsabilite (\w+ ){0,3}incombe (entierement|totalement|exclusivement)|a responsabilidade (\w+ ){0,3}(cabe|recai|e) (inteiramente|totalmente|exclusivamente) (a|ao|sobre|de)
ACCUSE -2.5 without (its|their|our|the|his|her) (\w+ ){0,1}consent|sans (son|leur|notre|le) (\w+ ){0,1}consentement|sin (su|nuestro|el) consentimiento|sem (o )?(seu|nosso) consentimento|distortions?|(even|and|of|full of|nothing but|are|were) lies|dirty (political |politics )?(game|games|tricks|politics)|(sale|sales) (jeu|jeux)|juego sucio|jogo sujo
ACCUSE -1.5 (deeply |gravely |seriously |very |extremely )?(concerned(?! (for|about) (the )?(safety|welfare|wellbeing|well-being|family|families|friends|loved ones|relatives))|alarmed|troubled|dismayed)|(deep|grave|serious|profound|great) concerns?
ACCUSE -3.0 taken advantage of|take advantage of|ripped off|rip-off|lied to|lied about|lying|pack of lies|false claims|propaganda|smear\w*|disinformation
ACCUSE -2.0 one-sided|unfair\w*|double standards?|bad faith
ACCUSE -5.0 massacre\w*|genocid\w*|apartheid|ethnic cleansing|concentration camps?|war crimes?|crimes against humanity|slaughter\w*
ACCUSE -4.0 terroris[mt]\w*|blood (of [\w ]{1,30})?on (his|her|their|its) hands|hands (are )?stained|antisemit\w*|aggression|occupying power|occupation
ACCUSE -3.0 (illegal )?criminals|crimes|criminal regime|jeopardi[sz]\w*|endanger\w*|provocation\w*|provocative|hypocri\w*|blackmail\w*|bully\w*|coerc\w*
ACCUSE -2.0 (deeply |very )?disappoint\w*|regrettable|decepcion\w*|lamentable(s)?|decepcionante|decevant\w*|decu\w*|lamentave(l|is)
ACCUSE -2.0 alarming|unjustified|unjustifiable|injustificad\w*|injustifie\w*|injustificave\w*|political (theater|theatre|circus|show)|farce|teatro politico|circo politico|theatre politique|mascarade|mascarada
ACCUSE -2.0 hostiles|hostil|hostis|red line|preach\w*|lecture us|rhetoric|tirade\w*|diatrib\w*|trivializ\w*|trivialis\w*|irresponsible|hostile|reprimand
ACCUSE -3.0 offensive|offended|insulting|derogatory|disparaging|insult|insults|insulted|repugnant|appalling|abhorrent|disgusting|outrage|ashamed|shame on|baseless|absurd|unfounded|groundless|fabricat\w*|slander\w*|defam\w*|politically motivated|witch hunt|hoax|destabili[sz]\w*|subver\w*|sabotag\w*|(hostile|unfriendly) acts?|persecut\w*|repress\w*|murder\w*
ACCUSE -3.0 stab(bed)? (us )?in the back|(damaged|damages|damaging|harmed|harms|harming|undermined|undermines|undermining|poisoned|poisons) (\w+ ){0,2}(relations|relationship|partnerships?|ties|trust|cooperation)|(broken|broke|breach of|betrayed) (\w+ ){0,1}trust|trust (has been |was )?(broken|betrayed|shattered)|confiance (\w+ ){0,1}(rompue|brisee|trahie)|(confianza|confianca) (\w+ ){0,1}(rota|quebrada|traicionada|quebrantada)|betray\w*|treacher\w*|cheat\w*|steal\w*|stole|stolen
ACCUSE -3.0 accomplices?|complicit|complicity|complice\w*|complicidad\w*|cumplic\w*|complicite
ACCUSE -3.0 imperiali\w*|colonialis\w*|neo-?colonial\w*|neocolonia\w*|coloniali\w*|colonial (eyes|mentality|mindset|attitude|arrogance|nostalgia|reflexes|lens)|(mentalidad|actitud|mirada|nostalgia|arrogancia) colonial|(mentalite|reflexes?|nostalgie|regard|arrogance) colonia\w*|(mentalidade|atitude|olhar|arrogancia) colonial|(gone|go|going|went|goes) too far|(ha|han|hemos) ido demasiado lejos|not based on (\w+ ){0,1}(facts|evidence|reality)|(sin|sem) (ningun |nenhum )?(fundamento|base) (factic|historic|real)\w*|(passe|depasse|franchi) les bornes|(vont|va|sont alles|est alle) trop loin|(foi|foram|ido) longe demais|side\w* with (the )?(\w+ ){0,1}(lawbreakers|rioters|terrorists|criminals|separatists|extremists|putschists|coup plotters|aggressor)
ACCUSE -3.0 (resolutely|firmly|strongly|categorically) (oppose\w*|reject\w*|condemn\w*)|(rechaza|rechazamos|repudiamos|rejeitamos|repudiamos|rejetons|condamnons) (\w+ ){0,1}(categoricamente|firmemente|energicamente|enfaticamente|fermement|categoriquement|vivement)
ACCUSE -3.0 hatred|hate campaign|campaign of hate|hate speech|campana de odio|discurso de odio|campanha de odio|discurso de odio|campagne de haine|discours de haine
SANCTION -6.0 (never|not|stop|do not|don't) (to )?(buy\w*|purchas\w*) (\w+ ){0,2}(goods|products|brands)|(no|nunca|nao|jamais|ne pas) (compr\w*|achet\w*) (\w+ ){0,2}(productos|produtos|marcas|produits|marques)
ACCUSE -2.0 conden\w*|denunci\w*|acus\w*|reprob\w*|repruebo|reprueba\w*|repudi\w*|deplor\w*|critic(?!al(ly)?\b)\w*
ACCUSE -3.0 injerenci\w*|intromision\w*|interferenci\w*|ingerenci\w*|ingerence\w*
ACCUSE -2.5 (en |em )?violacion|viola(n|ndo|cion|cao|coes)|en contravencion|violation
ACCUSE -3.0 inaceptable(s)?|inaceitave(l|is)|inacceptable(s)?|vergonzos\w*|vergonhos\w*|honteu\w*|indignante|repugnante|escandalos\w*
ACCUSE -1.5 (profundamente |muy |muito |tres |gravement |seriamente )?(preocupad\w*|preocupa\w*|inquiet\w*|alarmad\w*|alarme\w*)
ACCUSE -5.0 masacre|masacres|genocidio|apartheid|campos? de concentracion|campos? de concentracao|camps? de concentration|crimenes de guerra|crimes de guerra|limpieza etnica|limpeza etnica|nettoyage ethnique
ACCUSE -4.0 terroris\w*|agresion|agressao|agression|chantaje|chantagem|chantage|antisemit\w*|ocupacion|ocupacao|tratos? inhumanos?|tratamento desumano|traitements? inhumains?
ACCUSE -3.0 delincuentes|criminales|delinquentes|criminosos|criminels|mentira(s)?|mentir\w*|mensonge\w*|hipocresia|hipocrisia|hypocrisie|provocacion|provocacao|provocation|discriminatori\w*|irrespet\w*|irrespect\w*|desrespeit\w*|humillante|humilhante|humiliant\w*
ACCUSE -2.0 retorica|rhetorique|sermon\w*|lecciones de|licoes de|lecons de|obsesion|obsessao|obsession|irresponsable|irresponsavel
ACCUSE -3.0 ofensiv\w*|insult\w*|calumni\w*|injuria\w*|infundad\w*|absurd\w*|falsedad\w*|persecu\w*|golpe de estado|golpista\w*|asesinat\w*|espurio\w*|ilegitim\w*|desestabiliz\w*|sabotaje|saboteo|robo|roban|robaron
ACCUSE -3.0 calunia\w*|perseguic\w*|assassinat\w*|sabotagem|roubo|roubaram|offensant\w*|calomni\w*|infonde\w*|absurde\w*|coup d'etat|putschiste\w*|illegitime\w*|destabilis\w*
ACCUSE -3.0 punalada\w* (por|en) la espalda|traicion\w*|facada\w* nas costas|traicao|traiu|coup (de poignard )?dans le dos|trahison|trahi\w*
ACCUSE -3.0 (dar|dando|dá|da|dar-nos|darnos|darme|darle|darles|dar-me|donner|donne|nous donner) (\w+ ){0,2}(lecciones|licoes|lecons)
ACCUSE -3.0 (no|lacks?|without) (\w+ ){0,1}(moral authority|moral standing|standing) to (lecture|preach|judge|teach|give)|(has|have) no (lessons?|example) to (give|teach|offer)|instead of lecturing|(no tiene\w*|no tienen|carece\w*) (\w+ ){0,2}(autoridad moral|calidad moral|moral|lecciones|ejemplo) (para|que)|nada que ensenar\w*|(nao tem|nao tem nada|carece\w*) (\w+ ){0,3}(autoridade moral|moral|licoes|exemplo) (para|a)|nada a (nos )?ensinar|(n'a|n'ont) (\w+ ){0,2}(aucune )?(lecon\w*|legitimite|autorite morale|exemple) a (donner|nous)|pas de lecons? a (recevoir|donner)
ACCUSE -4.0 (broke|broken|breaks|breaking|violat\w*|breach\w*|tore up|torn up|reneg\w* on) (\w+ ){0,2}(agreement|agreements|deal|accord|commitments?|promises?|treaty)|(incumpl\w*|viol\w*|rompi\w*|romp\w*) (\w+ ){0,2}(acuerdo|acuerdos|compromisos?|tratado|pacto)|(descumpr\w*|viol\w*|romp\w*|quebr\w*) (\w+ ){0,2}(acordo|acordos|compromissos?|tratado|pacto)|(viol\w*|romp\w*|rompu\w*|trahi\w*) (\w+ ){0,2}(accord|accords|engagements?|traite|pacte)
ACCUSE -2.0 condamn\w*|denonc\w*|fustig\w*|reprouv\w*
ACCUSE -3.0 inadmissib\w*|inadmisible\w*|inadmissivel|inadmissiveis|intolerable\w*|intoleravel|intoleraveis|scandaleu\w*|insupportable|indigne\w*|infame\w*|ignominio\w*|ignoble\w*|affront|affronts|afrenta\w*|agravio\w*|ultraj\w*|outrage\w*|descalificaci\w*|desqualifica\w*|menosprecio|desprecio|desprezo|mepris
ACCUSE -3.0 overreact\w*|strong(est)? (dissatisfaction|discontent|displeasure)|(fuerte|profundo|vivo|profond|forte) (descontento|malestar|mecontentement|insatisfacao|desagrado)|(express\w*|lodg\w*|voic\w*|register\w*) (\w+ ){0,3}(protest|dissatisfaction|indignation|outrage)|(lodged|lodges|lodge) (\w+ ){0,2}(protest|representations)
ACCUSE -3.0 (bear\w*|hold\w*|held) (\w+ ){0,3}(full |entire |sole |all )?(the )?responsibility
ACCUSE -3.0 plott\w* to (kill|murder|attack|assassinate|overthrow)|(directly |indirectly )?responsible for the deaths? of|(planeaba|planeaban|planeo|conspiraba\w*) (\w+ ){0,1}(matar|asesinar|atacar|derrocar)|responsable\w* de la muerte de|(planejava|planejavam|conspirava\w*) (\w+ ){0,1}(matar|assassinar|atacar|derrubar)|responsave\w* pela morte de|(preparait|preparaient|projetait|complotait) (\w+ ){0,1}(de )?(tuer|assassiner|attaquer|renverser)|responsable\w* de la mort de
ACCUSE -3.0 acts? of (hostility|aggression|intimidation)|hostility (towards|toward|against)|harass\w*|(actos|acciones) (hostiles|de hostilidad)|hostilidad (hacia|contra)|acoso|hostigamiento|(atos|acoes) (hostis|de hostilidade)|hostilidade (contra|com|para com)|assedio|actes? (hostiles?|d'hostilite)|hostilite (envers|a l'egard|contre)|harcelement
ACCUSE -2.5 false (hopes|expectations|promises)|falsas (expectativas|esperanzas|promesas|esperancas|promessas)|faux espoirs|fausses (esperances|attentes|promesses)|(made|make|makes) us (lose|waste) (\w+ ){0,2}(years|time)|nos (hizo|hicieron|ha hecho|han hecho) perder (\w+ ){0,2}(anos|tiempo)|nos (fez|fizeram) perder (\w+ ){0,2}(anos|tempo)|nous (a fait|ont fait) perdre (\w+ ){0,2}(ans|annees|temps)
ACCUSE -3.0 (threat|threats|attack|attacks|assault|affront|violation|violations|violates|violated|violating) (\w+ ){0,3}(sovereignty|territorial integrity)|(amenaza|ataque|afrenta|violacion|atentado|ameaca|violacao|atteinte|violation|viole) (\w+ ){0,4}(soberania|souverainete|integridad territorial|integridade territorial|integrite territoriale)
ACCUSE -3.0 barbar\w*|callous\w*|hysteri\w*|histeri\w*|scapegoat\w*|chivo expiatorio|bode expiatorio|bouc\w* emissaire\w*|revanchis\w*|militari[sz]ation|militarizacion|militarizacao|enem(y|ies)|enemigo\w*|inimigo\w*|ennemi\w*
ACCUSE -3.0 loot\w*|plunder\w*|saqueo\w*|saquea\w*|pillag\w*|pille\w*|spoliat\w*|expoli\w*|roba\w*|roub\w*|spy|spies|spying|espionage|espia|espias|espiona\w*|espion\w*|provok\w*|biased|sesgad\w*|tendencios\w*|partialite|anti-\w+ (stance|policy|campaign|hysteria|rhetoric|position)
ACCUSE -4.0 (ocupa\w*|occup\w*|invad\w*) (\w+ ){0,2}(our|nuestro|nuestra|notre|nosso|nossa) (territor\w*|land|tierra|terre|terra|pays|pais|country)
ACCUSE -3.0 miente\w*|mienten|mintio|mintieron|mentem|mentiu|menti|mentis|ont menti|manipul\w*|lied|a lie|blatant lies?|outright lies?|(tell\w*|spread\w*) lies|lies about
ACCUSE -3.0 mentindo|mente (descaradamente|deliberadamente|novamente|de novo|outra vez|sobre|ao mundo|para o mundo)|ment|mentent|desinformacion|desinformacao|desinformation|fake news|noticias falsas|fausses (nouvelles|informations)|infox
ACCUSE -3.0 viol\w* (\w+ ){0,2}(nuestro|nuestra|nuestros|nosso|nossa|nossos|notre|nos|our) (espacio aereo|espaco aereo|espace aerien|airspace|territorio|territoire|territory|soberania|souverainete|sovereignty|fronteras?|fronteiras?|frontieres?|borders?|aguas|eaux|waters|integridad|integridade|integrite)
ACCUSE -3.0 intromet\w*|intromissao|inmiscu\w*|immisc\w*|entromet\w*|injiere\w*|injerir
ACCUSE -3.0 arbitrarily|arbitrariamente|arbitrairement|arbitrary (detention|arrests?)|(detencion|detencao|detention|detenciones|prisao) arbitrari\w*|detention arbitraire|(unlawfully|wrongfully|illegally) (detain\w*|held|imprisoned|arrested|jailed)|illegitimate|(unjustly|unfairly|injustement|injustamente|abusivement) (\w+ ){0,1}(detain\w*|held|imprisoned|arrested|jailed|interpell\w*|detenu\w*|arrete\w*|detenid\w*|encarcelad\w*|pres[oa]s?|detid[oa]s?)|mercenar\w*|mercenai\w*|(atteinte|menace) (\w+ ){0,2}(a la )?(surete|securite) (de l'etat|nationale)|(threat|attack) (\w+ ){0,2}to (our |the )?(national|state) security|(amenaza|atentado) (\w+ ){0,2}(a|contra) la seguridad (nacional|del estado)|(ameaca|atentado) (\w+ ){0,2}(a|contra) a seguranca (nacional|do estado)
ACCUSE -3.0 (elev\w*|adress\w*|formul\w*|present\w*|remis\w*|transmis\w*|entreg\w*|lodg\w*|filed|files|filing) (\w+ ){0,2}(protestation|protesta|protesto|protest|reclamacion formal|reclamacao formal)
ACCUSE -3.0 pira(cy|teria|taria|terie)|hostage diplomacy|hostage-taking|toma de rehenes|prise d'otages|secuestr\w*|sequestr\w*|(seiz\w*|confiscat\w*) (\w+ ){0,4}(ship|ships|vessel|vessels|tanker|tankers|aircraft|plane|planes|assets|cargo|citizens|nationals|fishermen)
# ---------------------------------------------------------------- INSULT
INSULT -3.5 dictator\w*|tyrant\w*|thug\w*|clown\w*|liar\w*|puppet\w*|idiot\w*|stupid\w*|moron\w*|incompetent|pathetic|loser\w*|disgrace|madman|lunatic|authoritarian regime|regimen autoritario|regime autoritario|regime autoritaire|rocket man|little man|small man|sick puppy|fools|human scum|mongrel\w*|shut up|be quiet|callate|callese|cale-se|cala a boca|tais-toi|taisez-vous
INSULT -3.5 (51st|fifty-first|fifty first) state|(estado|estado numero|estado no) 51|51(o|º)? estado|51(e|eme)? etat
INSULT -2.0 regime|unpopular|oligarqu\w*|oligarchi\w*|oligarqui\w*|so-called (president|leader|government|prime minister|election|elections)
INSULT -2.5 failed (former )?(president|leader|state|politician|dictator)|high-and-mighty|arrogan\w*|foolish\w*|inflammatory|laughing ?stock|pathetic|irrelevant (man|leader|politician)|fracasad[oa]|prepotent\w*|ridicule\w*|fracassad[oa]|arrogant\w*
INSULT -3.5 needs? (\w+ ){0,2}(mental|psychiatric) (treatment|help|examination|check\w*)|treatment on a mental level|mentally (ill|unstable|unfit|deranged)|insane|deranged|demented|unhinged|crazy|anti-?democratic|illiberal|(this|that) (person|man|guy|gentleman|individual) (called|named)
INSULT -3.5 necesita (\w+ ){0,2}(tratamiento|psiquiatra|atencion) (mental|psiquiatric\w*)|(precisa|necessita) (\w+ ){0,2}(tratamento|psiquiatra)|a besoin (\w+ ){0,2}(traitement|soins|examen) (mental|psychiatrique)|desquiciad\w*|desequilibrad\w*|desequilibre\w*|loco de atar|(ese|este|esse) (senor|senhor|individuo|sujeto) (llamado|chamado)
INSULT -3.5 corrupt\w*|gangster\w*|narco-?(state|regime)|coward\w*|hypocrite\w*|nazi(s|sm|fied|fy)?|hitler|fascist\w*|crook\w*
INSULT -3.5 corrupt\w*|cobarde\w*|covarde\w*|fascista\w*|nazi(s|smo|sta|stas|sme|ste|stes|e|es)?|ladron\w*|ladrao|ladroes|sinverguenza\w*|mafios\w*|canalla\w*|canalha\w*|genocida\w*|corrompu\w*|fasciste\w*|voyou\w*|escroc\w*|nazisme
INSULT -3.5 asesino\w*|assassino\w*|murderer\w*|killer\w*|great satan|gran satan|genocid[ae]\b|war criminal\w*|criminal de guerra|criminoso de guerra|criminel de guerre
INSULT -3.5 dictadura\w*|ditadura\w*|dictature\w*|dictatorship\w*
ACCUSE -3.0 fraud\w*|fraude\w*|rigged|amañad\w*|fraudulent\w*
ACCUSE -2.5 (talk\w*|spout\w*|said|says|say) (\w+ ){0,2}(nonsense|rubbish|drivel|garbage)|nonsensical|tonteria(s)?|sandez|sandeces|disparate(s)?|boludez|boludeces|idiotez|idioteces|estupidez|estupideces|bobagem|bobagens|besteira(s)?|asneira(s)?|aneries|betises|foutaise(s)?|balivernes|inepties
INSULT -3.5 dictador\w*|tirano\w*|payaso\w*|mentiroso\w*|titere\w*|cipayo\w*|lacayo\w*|traidor\w*|imbecil\w*|estupid\w*|ridicul\w*|narco-?(estado|gobierno|presidente|dictadura)
INSULT -3.5 ditador\w*|palhaco\w*|fantoche\w*|traidor\w*|imbecil\w*|dictateur\w*|tyran\w*|clown\w*|menteur\w*|marionnette\w*|traitre\w*|imbecile\w*|guignol\w*
INSULT -2.0 regimen|regime|impopular|supuesto presidente|suposto presidente|pretendu president
INSULT -3.5 outlaw (nation|state|regime|country)|rogue (state|nation|regime)|pariah\w*|paria\w*|lackey\w*|stooge\w*|vassal\w*|vasall\w*|laquais|(estado|etat|estat) (paria|voyou|forajido|delincuente|delinquente)|narcoestado|narcodictadura
# ---------------------------------------------------------------- REJECT / DEFY
REJECT -4.0 (will|shall|would|are|am|is) not (\w+ ){0,2}(accept|tolerate|allow|pay|back down|bow|submit|yield|comply|forgive|be intimidated|be blackmailed|be lectured|be cowed|be bullied)
REJECT -4.0 (will|shall|would|can|could) (not|never) be (accepted|tolerated|recogni[sz]ed)|cannot be (accepted|tolerated|recogni[sz]ed)|(no|nunca) (sera|seran|puede ser|pueden ser) (aceptad|tolerad|reconocid)\w*|(ne|n') (sera|seront|peut etre|peuvent etre) (pas|jamais) (accepte|tolere|reconnu)\w*|(nao|nunca) (sera|serao|pode ser|podem ser) (aceit|tolerad|reconhecid)\w*
# asserting one's own territory against a claim: counts only when the author's own state
# is named as the owner, and is then aimed at the claimant (see attribution)
REJECT -4.0 (territory|territories|island|islands|land|lands|territorio|territorios|isla|islas|ilha|ilhas|territoire|territoires|ile|iles) (\S+ ){0,3}(que |qui |that |which )?(pertenece|pertenecen|pertence|pertencem|appartient|appartiennent|belongs|belong|belonging) (to|a|au|ao|a la)|(entirely |completely |wholly |fully |squarely |firmly )?within (the )?(sovereign )?(territory|borders|boundaries) of|(integral|inalienable|inseparable|indivisible) parts? of|(dentro del|integramente en el|completamente en el|totalmente en el) territorio (de|del)|partie integrante (de|du|des)|parte (integrante|inalienable|inseparable|indissociavel|inalienavel) (de|del|do|da)
REJECT -4.0 (do|does|did) not (\w+ ){0,1}accept (the |this |these |that |such |any |his |her |their |its )?(claim|claims|accusation\w*|allegation\w*|assertion\w*|characteri[sz]ation\w*|statement\w*|remarks|narrative|version|decision|demand\w*|ultimatum)|(we|i) do not accept (that|this|it)|(cannot|can't|can not) accept|(n'accept\w*|ne (\w+ ){0,1}accept\w*) pas|stand\w* by (his|her|its|their|our|my) (\w+ ){0,1}(statement|statements|words|account|remarks|comments|claim|claims|position)
REJECT -4.0 (won't|will never|shall never|never) (\w+ ){0,2}(accept|tolerate|allow|pay|back down|bow|submit|yield|forgive|comply)
REJECT -4.0 null and void|nul(le)?s? et non avenue?s?|nul(o|a|os|as) y sin (valor|efecto)|nul(o|a|os|as) e sem (valor|efeito)|(belongs?|consigned|thrown|throw|goes|go) (\S+ ){0,5}(in|into|to) the (wastebasket|wastepaper basket|dustbin|trash|garbage|rubbish bin)|(al|a la) (basura|papelera)|(a|na) (lixeira|lata de lixo)|(a|dans) la poubelle
REJECT -4.0 (ne|n') (pouvons|peut|peuvent|pourrons|saurait|saurions|saurons) (pas|jamais) (\w+ ){0,1}(accepter|tolerer|admettre)
# "it is our parliament that decides our taxes, not X"
REJECT -4.0 (qui|who|that|que|quem|quien) (decide|decides|decidira|decidera|decidem|deciden)( \S+){0,5} (pas|not|no|nao|et non|and not|y no|e nao)
REJECT -4.0 (should not|shouldn't|will not|won't|would not|refuse\w* to|not going to|have no intention of|has no intention of) (be expected to |to )?apologi[sz]\w*
REJECT -4.0 (will not|won't|will never|shall not|never) (\w+ ){0,2}(cede|give up|surrender|relinquish|back off|be bullied|be coerced|kneel|be dictated)|not (\w+ ){0,2}(an|one) inch|(ni|nem|pas) (un|um) (centimetre|centimetro|milimetro|pouce)
REJECT -4.0 (refus\w*|reject\w*|defy|defies|defied|defiance|rebuff\w*|rebuke\w*)
REJECT -4.0 snowball's chance|(there is|there's|il n'y a) (no|aucune) chance (that|que|qu')|(no hay|nao ha) (ninguna |nenhuma )?(posibilidad|chance|possibilidade) de que|(is|are) not for sale(?! (yet|until|before|online))|(no esta|no estan|nao esta|nao estao) (en|a) venta|n'(est|sont) pas a vendre|(will|shall) never (be|become) (\w+ ){0,1}(part|a part) of|(jamas|nunca) (sera|seran|seremos|formara) parte de|ne (sera|seront|serons|fera|feront|ferons) jamais partie|(never|nunca|jamas|jamais) (\S+ ){0,3}((51st|fifty-first) state|estado 51|51(e|eme)? etat|51(o|º)? estado)
REJECT -4.0 cancel\w* (\w+ ){0,3}(meeting|visit|summit|talks|trip)|nothing to (mediate|negotiate|discuss)|no (issue|issues|matter|matters) to discuss|not (\w+ ){0,2}(welcome|tolerated)
REJECT -4.0 no (\w+ ){0,2}(aceptare\w*|aceptaremos|aceptara\w*|permitire\w*|permitiremos|pagare\w*|pagaremos|pagara\w*|toleraremos|tolerare|cederemos|cedere|asistire\w*|perdonaremos|olvidaremos)
REJECT -4.0 (jamas|nunca) (\w+ ){0,2}(permitire\w*|permitiremos|aceptare\w*|aceptaremos|pagare\w*|pagaremos|perdonaremos)
REJECT -4.0 rechaz\w*|rechac\w*|(will not|won't|never|shall not|refuse to) (\w+ ){0,1}(give in|cave|buckle)|desautoriz\w*|me niego|nos negamos|nos rehusamos|desconoce\w*|desafi\w*
REJECT -4.0 cancel\w* (\w+ ){0,3}(reunion|visita|cumbre|viaje|encuentro|reuniao|viagem|cupula)
REJECT -2.0 (no me|no nos|nao me|nao nos|ne me|ne nous) (asusta\w*|intimida\w*|assusta\w*|fait pas peur|fera pas peur)|resist\w*
REJECT -4.0 nao (\w+ ){0,2}(aceitaremos|aceitarei|aceitara\w*|permitiremos|permitirei|pagaremos|pagara\w*|recuaremos|cederemos|toleraremos|perdoaremos|esqueceremos|vamos aceitar|vamos permitir)
REJECT -4.0 (jamais|nunca) (\w+ ){0,2}(aceitaremos|permitiremos|pagaremos|perdoaremos)|rejeit\w*|recus\w*
REJECT -4.0 (n'accepter\w*|ne tolerer\w*|ne cederons|ne plierons|ne pardonner\w*|n'oublier\w*) (pas|jamais)|refus\w*|rejet\w*|rejett\w*
REJECT -4.0 annul\w* (\w+ ){0,3}(visite|reunion|rencontre|sommet|voyage)
REJECT -4.0 no (nos |me |se |te )?(voy|vamos|va|van) a (\w+ ){0,1}(pedir perdon|pedir disculpas|disculpar\w*|retractar\w*|rectificar|ceder|aceptar|permitir|tolerar|dar marcha atras|arrodillar\w*|doblegar\w*|someter\w*)
REJECT -4.0 no (voy|vamos|va|van) a (\w+ ){0,1}(reconocer)|nao (vou|vamos|vai|vao) (\w+ ){0,1}reconhecer|(will not|won't|refuse to|never) (\w+ ){0,1}recogni[sz]e|ne (reconnaitr\w*|reconnaissons) (pas|jamais)
REJECT -4.0 no (aceptamos|toleramos|permitimos|admitimos|apoyamos|reconocemos|reconoce\w*)|nao (aceitamos|toleramos|permitimos|admitimos|apoiamos|reconhecemos)|nao (vou|vamos|ira|irao) (\w+ ){0,1}(pedir desculpas|aceitar|permitir|recuar|ceder|tolerar)
REJECT -4.0 (will not|won't|not going to|never|refuse to|shall not) apologi[sz]e|(there will be )?no apolog(y|ies)|(ne|n') (\w+ ){0,2}(accepterons|tolererons|cederons|plierons|excuserons|reconnaissons)
REJECT -4.0 (despite|in spite of|regardless of) (the )?(\w+ ){0,1}(pressure|pressures|threats|ultimatum|demands|injunctions)|(malgre|en depit de) (\w+ ){0,2}(pressions|menaces|injonctions|ultimatum)|(pese a|a pesar de) (\w+ ){0,2}(presiones|amenazas|ultimatum)|(apesar d\w*|a despeito d\w*) (\w+ ){0,1}(pressoes|ameacas|ultimato)
REJECT -4.0 (no|nao|ne|never|not|jamas|nunca|jamais|will not|won't) (\w+ ){0,2}(arrodill\w*|ajoelh\w*|agenouill\w*|kneel\w*|doblega\w*|dobra\w*|pli\w*|cede\w*|capitul\w*|submit\w*|submet\w*|sometem\w*|someter\w*|soumet\w*|bow\w*)
REJECT -4.0 (no|nao) (nos |se |me )?(dejar\w*|dejamos|deja|deixar\w*|deixamos|deixa) (\w+ ){0,1}(intimidar|chantajear|amedrentar|amedrontar|chantagear|presionar|pressionar)|ne (nous |se |me )?laiss\w* pas (\w+ ){0,1}(intimider|impressionner|dicter|faire)
REJECT -4.0 (ne|n') (reconnait|reconnaissent|reconnaissons|reconnaitra|reconnaitrons) (pas|jamais)|(no|nao|not|never) (\w+ ){0,1}(reconoce\w*|reconhece\w*|recogni[sz]e\w*)
REJECT -4.0 (postpon\w*|aplaz\w*|pospus\w*|pospon\w*|adia\w*|adiou|suspend\w*) (\w+ ){0,3}(trip|visit|meeting|talks|summit|viaje|visita|reunion|cumbre|viagem|reuniao|cupula|visite|sommet|rencontre)
REJECT -4.0 (will|shall) no longer (\w+ ){0,1}(tolerate|accept|allow|stand for|deal with|work with|engage with|talk to|talk with)|(not|non)[- ]negotiable|(ya )?no (toleraremos|aceptaremos|permitiremos|vamos a tolerar|vamos a aceptar|vamos a permitir) (\w+ ){0,3}mas|no (son|es) negociables?|nao (toleraremos|aceitaremos|permitiremos|vamos tolerar|vamos aceitar) (\w+ ){0,3}mais|nao (sao|e) negociave(l|is)|ne (tolererons|accepterons|permettrons) (\w+ ){0,2}plus|(n'est|ne sont) pas negociables?
REJECT -4.0 (there (can|will) be|there is) no (negotiation|negotiations|talks|dialogue|discussion|discussions) (on|over|about|with)|(will not|won't|shall not|refus\w* to|never) (\w+ ){0,1}(negotiate|sit down with)|no (habra|hay|puede haber) (negociacion\w*|dialogo) (sobre|con)|(no|jamas|nunca) (vamos a |voy a )?negociar\w*|se nieg\w* a (negociar|dialogar)|nao (havera|ha) (negociac\w*|dialogo) (sobre|com)|(nao|jamais|nunca) (vamos |vou |vai |vao )?negociar\w*|se recus\w* a (negociar|dialogar)|(il n'y aura|il n'y a) (pas|aucune) (de )?(negociation\w*|discussion\w*) (sur|avec)|(ne|n') (\w+ ){0,1}negocier\w* (pas|jamais)|refus\w* de (negocier|dialoguer)
REJECT -4.0 break\w* off (\w+ ){0,2}(talks|negotiations|dialogue)|(not|no longer) (\w+ ){0,1}intend\w* to (continue|pursue|hold|resume) (\w+ ){0,2}(negotiations|talks|dialogue)|(no|nao) (tiene|tienen|tem|pretende\w*) (la )?(intencion|intencao) de (continuar|proseguir|retomar) (las |as )?(negociac\w*|conversac\w*|dialogo)|(n'a|n'ont) (pas|plus) l'intention de (poursuivre|continuer|reprendre) (les )?(negociations|pourparlers|discussions)
REJECT -4.0 none of (your|their) business|(no es|no son|eso no es) (de )?(su|vuestra) (incumbencia|asunto)|no es asunto (suyo|de ustedes|vuestro)|(nao e|nao sao) (da )?(sua|vossa) conta|ne (vous|te|les) regarde pas|(stay|keep) out of (our|my) (internal )?(affairs|business)|no se metan
REJECT -2.0 (nega|negamos|niega|deny|denies|denied|dement\w*|desmiente\w*|desmente\w*|desmentimos) (\w+ ){0,2}(qualquer|cualquier|any|toute|todo|toda|tout) (\w+ ){0,1}(envolvimento|involucramiento|involvement|implication|participacion|participacao|participation|responsabilidad|responsibility|responsabilite|responsabilidade)
REJECT -4.0 (no longer|n'est plus|ne sont plus|ya no (esta|estan|es|son)|ja nao (e|sao|esta)) (\w+ ){0,1}(invited|welcome|invite\w*|bienvenu\w*|invitad[oa]s?|convidad[oa]s?)|(withdr\w*|retir\w*|rescind\w*|annul\w*|cancel\w*) (\w+ ){0,2}(the |l'|la |el |o |a |her |his |its |their |son |sa |su |sua )?(invitation|invitacion|convite)|disinvit\w*|desinvit\w*
ACCUSE -2.0 ignor\w* (\w+ ){0,3}(right|rights|will|wishes|resolution|resolutions|law|sovereignty|derecho|derechos|direito|direitos|voluntad|vontade|resolucion|resoluciones|resolucoes|soberania|droit|droits|volonte|resolutions|souverainete)
# ---------------------------------------------------------------- DEMAND
DEMAND -3.0 demand(s|ed|ing)?|insist\w* (that|on)|(has|have|needs?) to change|must (immediately )?(stop|end|cease|release|withdraw|change|respect|take back|retract|pay|comply|meet|apologi\w*|correct)
DEMAND -3.0 (urge\w*|call\w* on|call\w* upon) (\w+ ){0,4}(to )?(immediately |unconditionally )?(release|stop|end|withdraw|respect|cease|reverse)
DEMAND -3.0 desist\w* from|cease and desist|call\w* (\w+ ){0,3}for (\w+ ){0,2}(release|withdrawal|end)|immediately release|immediate release|unconditional release
DEMAND -3.0 (immediate|unconditional|prompt|complete) withdrawal|hands off|fuera las manos|manos fuera|bas les pattes|tire(m)? as maos|demand\w* (\w+ ){0,4}(de|d') (liberer|relacher|cesser|retirer|respecter|mettre fin)|(liberer|relacher|liberar|libertar|release) (\w+ ){0,3}(sans delai|sin demora|sem demora|without delay|immediately|inmediatamente|imediatamente|immediatement)|withdraw (\w+ ){0,2}(troops|forces|soldiers|contingent|personnel) (immediately|without delay|at once)|(retrait|retiro|retirada) (\w+ ){0,3}(immediat\w*|inmediat\w*|imediat\w*|sans delai|sin demora|sem demora)|retir\w* (\w+ ){0,3}(sans delai|sin demora|sem demora|immediatement|inmediatamente|imediatamente)|proced\w* au retrait|proceder al retiro
DEMAND -3.0 (and|just|should|must|could at least|ought to) say thank you|(never|not once) (\w+ ){0,1}(said|say|says) thank you|(you|they|he|she) (should|must|ought to) (\w+ ){0,1}(thank\w*|be grateful)|(deberian|deben|debe|tienen que|tiene que) (\w+ ){0,1}(agradecer|estar agradecid\w*)|(deveriam|deve|devem) (\w+ ){0,1}(agradecer|estar grat[oa]s?)|(devrait|devraient|doit|doivent) (\w+ ){0,1}(remercier|etre reconnaissant\w*)
DEMAND -3.0 (take|takes|took|taking) (his|her|their|its|these|those) words back|retract\w*|must apologi\w*|should apologi\w*|needs to do|should be corrected|must be corrected|must change
DEMAND -3.0 exig\w*|instamos|reclam\w*|(debe|deben|deberia|deberian) (establecer|respetar|liberar|retirar|cesar|detener|disculparse|rectificar|cumplir|pedir perdon)
DEMAND -3.0 exhort\w*|exort\w*|(appel\w*|llam\w*|apel\w*) (\w+ ){0,3}(a|para) (cesser|retirer|liberer|respecter|mettre fin|arreter|renoncer|cesar|retirar|liberar|respetar|poner fin|detener|cessar|libertar|respeitar|por fim|parar)
DEMAND -3.0 cobr\w* (\w+ ){0,3}(explicacoes|respostas|libertacao|retratacao|desculpas|providencias)|(urge\w*|call\w* on|call\w* upon|ask\w*|must|should) (\w+ ){0,3}(to )?(refrain|desist) from|que se abst(enga|engan|enha|enham)|de s'abstenir
DEMAND -3.0 (deve|devem|deveria) (respeitar|libertar|retirar|cessar|pedir desculpas|se retratar|cumprir)|retir\w* (o|lo) que (disse|dijo)|retir\w* (sus|suas) palavras|retir\w* sus palabras|retrat\w*
DEMAND -3.0 (pide|pedimos|exigimos|demandamos|pedem|pedimos) (\w+ ){0,2}(la |a )?(liberacion|libertacao)|demand\w* (\w+ ){0,3}(la )?liberation|(doit|doivent) (cesser|liberer|respecter|retirer|s'excuser)|(sommons|somment|sommez|sommer|sommee|sommees) (\w+ ){0,3}(de|d')|(a|ont|avons) somme (\w+ ){0,3}(de|d')
DEMAND -3.0 (tiene|tienen|tendra|tendran|debera|deberan|tem|tera|terao|deve|devem) que (\w+ ){0,1}(pedir|rectificar|disculpar\w*|retirar|respetar|respeitar|devolver|liberar|libertar|explicar)|pida (\w+ )?(disculpas|perdon)|peca desculpas
DEMAND -3.0 (seek\w*|sought|demand\w*|expect\w*|want|await\w*|call\w* for) (\w+ ){0,4}apolog\w*|owes? (\w+ ){0,3}apolog\w*|(doit|doivent|devra|devront) (presenter des excuses|s'excuser|retirer|respecter|liberer|cesser)
DEMAND -3.0 (tiene|tienen|debe|deben|tendra|tendran|debera|deberan) que (\w+ ){0,3}(disculpas|perdon)|(tem|deve|devem|tera|terao) (que |de )?(\w+ ){0,3}desculpas|(doit|doivent|devra|devront) (\w+ ){0,3}(excuses|pardon)|que nos (respeten|respetes|respete|respeitem)|(nous|nos) respecter|respect us
# ---------------------------------------------------------------- DEESCALATE / CONCEDE
DEESCALATE 5.0 agreed to (all )?(\w+ ){0,3}terms|accept\w* (all )?(\w+ ){0,3}terms|held in reserve|back\w* down|climb\w* down
DEESCALATE 7.0 (tariffs|sanctions|aranceles|sanciones|tarifas|sancoes|droits de douane)[^;!?\n]{0,90}? (are|is|will be|have been|has been|quedan|seran|fueron|serao|foram|sont|seront) (\w+ ){0,2}(suspended|lifted|paused|removed|withdrawn|scrapped|suspendidos|suspendidas|levantad\w*|retirad\w*|suspens\w*|leve\w*)
DEESCALATE 7.0 (lift\w*|eas\w*|paus\w*|suspend\w*|withdr\w*|remov\w*|drop\w*|lower\w*|reduc\w*|cut\w*|eliminat\w*|scrap\w*) (\w+ ){0,2}(sanctions|tariffs|ban|bans|measures|duties|trade barriers)|zero tariffs
COOPERATE 4.0 free trade|trade (agreement|deal|pact)|libre comercio|tratado de libre comercio|acuerdo comercial|livre comercio|acordo comercial|libre-echange|accord commercial
COOPERATE 3.0 (massive|great|historic|big|landmark|excellent|good|fair) (trade )?deal|(a|the|new|this|our|trade) deal with|(great|excellent|strong|close|good|special|wonderful|fantastic) (relationship|relations|ties|partnership)|(excelente|gran|buena|estrecha|solida) (relacion|relaciones)|(excelente|grande|boa|estreita|solida) (relacao|relacoes)|(excellente|bonne|etroite|solide) (relation|relations)
DEESCALATE 5.0 de-?escalat\w*|ceasefire|cease-fire|truce|(resolved|overcome|overcame|settled|ended) (\w+ ){0,2}(dispute|impasse|standoff|crisis|differences)|resolve (\w+ ){0,2}differences
DEESCALATE 5.0 (restor\w*|normali[sz]\w*|resum\w*|re-?establish\w*) (\w+ ){0,2}(diplomatic )?(ties|relations)|(we|i) apologi[sz]e|our apologies|we regret (any|the) (offen[cs]e|misunderstanding|incident)|sincere apologies
DEESCALATE 5.0 (superado|superamos|superar|superou|superamos|surmonte\w*|surmont\w*) (\w+ ){0,2}(impase|impasse|crisis|crise|diferencias|diferencas)|resolver (\w+ ){0,2}diferencias|resolver (\w+ ){0,2}diferencas
DEESCALATE 7.0 (levant\w*|suspend\w*|retir\w*|elimin\w*|lev\w*|baj\w*|reduc\w*|rebaj\w*|reduz\w*|baix\w*|baiss\w*|redui\w*|suppr\w*) (\w+ ){0,2}(sanciones|aranceles|sancoes|tarifas|sanctions|droits de douane)
DEESCALATE 5.0 desescal\w*|distension|tregua|alto el fuego|cessar-fogo|cessez-le-feu|(restablec\w*|normaliz\w*|reanud\w*|restabelec\w*|retabl\w*|normalis\w*) (\w+ ){0,2}(las |as |les )?(relaciones|relacoes|relations)
DEESCALATE 5.0 (reanud\w*|retom\w*|reat\w*|reprend\w*|repren\w*|renou\w*|resum\w*|restablec\w*|restabelec\w*|retabl\w*|restor\w*) (\w+ ){0,2}(el |o |le |the |las |as |les |os |los )?(dialogo|dialogue|negociaciones|negociacoes|negociations|negotiations|talks|conversaciones|conversacoes|relacoes|relaciones|relations|lacos|lazos|liens|ties)
DEESCALATE 5.0 (pedimos|pido|pedem|pede) (disculpas|perdon|desculpas)|nous (nous )?excusons|presentons nos excuses|lamentamos (profundamente )?(el|lo) (malentendido|incidente)
DEESCALATE 5.0 (i|we) (\w+ ){0,1}ask (\w+ ){0,1}(for )?forgiveness|asking for forgiveness|(pido|pedimos) (\w+ ){0,1}perdon|(peco|pedimos) (\w+ ){0,1}perdao|(je|nous) (\w+ ){0,1}demand\w* pardon
# ---------------------------------------------------------------- COOPERATE / AGREE
COOPERATE 3.0 agree[ds]?|agreement|accord|deal signed|signed (\w+ ){0,3}(agreement|deal|treaty|accord|memorandum)
COOPERATE 3.5 cooperat\w*|co-operat\w*|partnership|partners|joint (statement|command|declaration|effort|efforts|venture|commitment)|work(ing)? together|alliance|allies|ally|entente
COOPERATE 1.0 (spoke|speak|talked|met) (\w+ ){0,2}(with|to)|phone call|call with|meeting with|discussed|dialogue|talks with|consultations with|(bilateral|fruitful|productive|constructive) (talks|meeting|conversation)
COOPERATE 5.0 (ready|readiness|stand\w* ready) to (\w+ ){0,2}(assist|help|support)|(humanitarian|emergency) (aid|assistance)|rescue teams|search and rescue|assistance|solidarity|stand\w* (together )?with|stand\w* by|stood (\w+ )?(with|by)
COOPERATE 5.0 (nous nous tenons|se tient|nous sommes|je me tiens|je suis|nous restons|reste|restons|estamos|estaremos|seguimos|estoy|estou|seguiremos|continuamos) (\w+ ){0,1}(aux cotes|au cote|a los lados|al lado|ao lado|junto a|junto ao|junto com|junto con)
COOPERATE 3.0 strengthen\w* (\w+ ){0,2}(ties|relations|cooperation|partnership|friendship)|welcome\w*|support (for|to)|supporting
COOPERATE 3.0 acuerdo(s)?|acord\w*|acordo(s)?|cooperacion|cooperacao|cooperation|cooperer|colaboracion|colaboracao|alianza|alianca|alliance|allies|allie|aliados|parceria|partenariat|asociacion estrategica
COOPERATE 3.0 (trabajar|trabalhar|travailler) (\w+ ){0,2}(juntos|juntas|ensemble)|voluntad de trabajar|vontade de trabalhar|ensemble|juntos|d'un commun accord|de comum acordo|de comun acuerdo
COOPERATE 1.0 conversacion telefonica|conversamos|converse\w* (\w+ ){0,2}com|telefonema|dialogo|dialogue|entretenu\w*|entretien|reuni(on|ao) (bilateral|con|com)|nos reunimos|consultas con|combinamos
COOPERATE 3.0 (dispuest\w*|dispost\w*|prets?|pretes?|ready|willing) (a |to )?(dialogar|dialoguer|negociar|negocier|talk|negotiate)|dialogar (con|com)
COOPERATE 5.0 solidariz\w*|solidaris\w*|ayuda humanitaria|ajuda humanitaria|aide humanitaire|solidaridad|solidariedade|solidarite|hermandad|irmandade|fraternite|apoyo|apoio|soutien
COOPERATE 3.0 (fortalec\w*|estrech\w*|renforc\w*|aprofund\w*|profundiz\w*) (\w+ ){0,3}(relaciones|relacoes|relations|lazos|lacos|liens|cooperacion|cooperacao|cooperation|vinculos)|integracion|integracao|bienvenid\w*|bem-vind\w*|bienvenue
# ---------------------------------------------------------------- PRAISE / THANK
PRAISE 3.4 (an |un |una |um |uma )?(act|gesture|step|decision) of (great |real |tremendous |immense )?courage|courageous (step|decision|words|gesture|act)|(acto|gesto|paso|decision) (de )?(gran |enorme )?(valentia|coraje)|gesto valiente|(ato|gesto|passo|decisao) (de )?(grande |enorme )?coragem|gesto corajoso|(acte|geste|pas|decision) (de )?(grand |immense )?courage|geste courageux
PRAISE 3.4 thank\w*|grateful|gratitude|appreciat\w*|admir\w*|(my|our|dear|great|good|close|old|true) (\w+ )?(friend|friends|neighbours|neighbors|allies|partner)|friendship
PRAISE 3.4 gracias|agradec\w*|agradezco|obrigad\w*|merci|remerci\w*|(querid\w*|gran|grande|buen|bom|cher|chere|mon|mi|meu|nuestro|nosso) (\w+ )?(amig\w*|ami|amie|amis|companero|companheiro|hermano|irmao|frere)|amistad|amizade|amitie|admiracion|admiracao
PRAISE 3.4 commend\w*|prais\w*|applaud\w*|aplaud\w*|applaudi\w*|elogi\w*|laud\w*|salut(e|es|ed|ing) (\w+ ){0,3}(the |its |their |his |her )?(leadership|courage|commitment|efforts?|work|role|decision)|(reconoc\w*|reconhec\w*|salu(e|ons|ent|ez|er|a)) (\w+ ){0,2}(el |la |los |las |o |a |os |as |le |les )?(liderazgo|lideranca|leadership|compromiso|compromisso|engagement|esfuerzo\w*|esforco\w*|efforts?|labor|trabajo|trabalho|travail|empenho|valentia|coragem|courage|generosidad|generosidade|generosite|contribution|contribucion|contribuicao)
# ---------------------------------------------------------------- CONGRATULATE
CONGRATULATE 3.4 cumprimentamos|cumprimento (o|a|os|as) (\w+ ){0,4}(pela|pelo)|cumprimenta (o|a|os|as) (\w+ ){0,4}(pela|pelo)|congratulat\w*|felicit\w*|enhorabuena|parabeniz\w*|parabens|bravo|well done|(historic|great|resounding) victory|vitoria historica|victoria historica
# ---------------------------------------------------------------- CONDOLE
CONDOLE 3.4 condolence\w*|condolencia\w*|condoleance\w*|(our|my) hearts? (go|goes|went) out to|pesame\w*|sympath(y|ies)|saddened|heartbroken|(our|my) (thoughts|prayers|hearts) (\w+ ){0,3}(are )?with|rest in peace|mourn\w*|national mourning
CONDOLE 3.4 (nuestros|nossos|nos) (pensamientos|pensamentos|pensees)|descanse en paz|descanse em paz|luto|deuil|(lamento|lamentamos|lamentam|lamenta) (profundamente )?(el fallecimiento|la perdida|las victimas|la muerte|la tragedia|o falecimento|a perda|as vitimas|a morte|a tragedia)|tragic moments|momentos tragicos|moments tragiques
CONDOLE 3.4 (nosso|nossa|profundo|profunda|nuestro|meu|minha) pesar|(manifest\w*|express\w*) (nuestro |nosso |seu |su |meu |o |el |um |un )?(profundo |profunda )?pesar|(nossos|meus) (mais )?(sinceros |profundos )?sentimentos|(partag\w*|compartimos|comparto|compartilh\w*|share|sharing) (\w+ ){0,2}(douleur|peine|chagrin|tristesse|dolor|dor|grief|sorrow|pain)|pensees (\w+ ){0,2}vont|(deep|profound|great|heartfelt) (sorrow|sadness|grief)
CONDOLE 3.4 (consternad\w*|consterne\w*|attriste\w*|entristecid\w*|saddened|devastated) (\w+ ){0,3}(tragedia|tragedie|tragedy|terremoto|sismo|seisme|earthquake|catastrophe|catastrofe|inundaciones|inundacoes|inondations|floods|accidente|acidente|accident|atentado|attentat|perda|perdida|perte|fallecimiento|falecimento|deces|muerte|morte|mort|victimas|vitimas|victimes|victims)
# ---------------------------------------------------------------- Italian: the core of protest
# Italian has no tone lexicon and is not scored fully; these are its commonest forms of
# protest, summons, recall, rejection and warning, so that Rome's answers count.
ACCUSE -3.0 inaccettabil\w*|inammissibil\w*|intollerabil\w*|vergognos\w*|scandalos\w*|ingiustificat\w*|ingerenz\w*|provocazion\w*|oltraggios\w*
ACCUSE -2.0 incomprensibil\w*|aggressiva|aggressivo|aggressivi|condanniamo|irresponsabil\w*|ostil\w*
ACCUSE -3.0 convoc\w* (\w+ |\w\w?'){0,4}(ambasciator\w*|incaricat\w* d'affari)|ambasciator\w* (\S+ ){0,8}(e stato|e stata|sono stati) convocat\w*|(ferma|vibrata|formale) protesta
RECALL -5.0 richiam\w* (\w+ |\w\w?'){0,4}ambasciator\w*|ambasciator\w* (\S+ ){0,6}(per|a) consultazioni
EXPEL -7.0 espuls\w* (\w+ ){0,3}(diplomatic\w*|ambasciator\w*)|(diplomatic\w*|ambasciator\w*) (\S+ ){0,4}espuls\w*
REJECT -4.0 respingiamo|respinge|respinto|respinta|respingo|rifiutiamo|non accettiamo|non accetteremo|non (possiamo|puo|potremo) accettare|non (\w+ ){0,1}toller(iamo|eremo|era)
THREATEN -5.8 (gravi|serie|pesanti) conseguenze|conseguenze (gravi|serie|pesanti)|ne paghera\w* (il prezzo|le conseguenze)
SANCTION -3.5 sanzion\w*|dazi
"""

# Classes whose cue already carries its own negation ("we will not accept").
SELF_NEGATING = frozenset({"REJECT"})
# Rows that mark context for the cues after them (conditionals, sarcasm, mocking subjects),
# or that only keep a cue word inside them from counting (_PHRASE).
MARKERS = frozenset({"_COND", "_SARC", "_MOCK", "_PHRASE"})
HOSTILE_ACTS = frozenset({"SANCTION", "RETALIATE", "EXPEL", "RECALL", "MILITARY", "ULTIMATUM"})
POSITIVE = frozenset({"DEESCALATE", "COOPERATE", "PRAISE", "CONGRATULATE", "CONDOLE"})


# A gap word may also be an elided article or pronoun: "convoqué l'ambassadeur".
_GAP = r"(\w+ ){0,"
_ELIDED_GAP = r"(\w+ |\w\w?'){0,"


def parse_cues(raw: str = CUES) -> list[tuple[str, float, str]]:
    """(class, weight, pattern) for every cue line."""
    rows: list[tuple[str, float, str]] = []
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cls, weight, pattern = line.split(" ", 2)
        rows.append((cls, float(weight), pattern.replace(_GAP, _ELIDED_GAP)))
    return rows
