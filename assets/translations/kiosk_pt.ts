<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>CallDisplay</name>
    <message>
        <source>呼出表示</source>
        <translation>Painel de chamada</translation>
    </message>
    <message>
        <source>お呼び出し中の番号</source>
        <translation>Números sendo chamados</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>窓口</source>
        <translation>Guichê</translation>
    </message>
    <message>
        <source>呼出</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>お待ちの方: {n}人</source>
        <translation>Aguardando: {n}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>転居（市内で引っ越した）</source>
        <translation>Mudança dentro da cidade</translation>
    </message>
    <message>
        <source>お名前のフリガナを全角カタカナで入力してください（姓と名の間は空白）</source>
        <translation>Seu nome em katakana (espaço entre sobrenome e nome)</translation>
    </message>
    <message>
        <source>みらい市</source>
        <translation>Cidade de Mirai</translation>
    </message>
    <message>
        <source>転入（市外から引っ越してきた）</source>
        <translation>Mudança para a cidade (vindo de outro município)</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号</source>
        <translation>Telefone para contato durante o dia</translation>
    </message>
    <message>
        <source>国外から引っ越してきましたか（国外からの転入）</source>
        <translation>Você está se mudando do exterior? (transferência do exterior)</translation>
    </message>
    <message>
        <source>新しい住所に住み始めた日</source>
        <translation>Data em que começou a morar no novo endereço</translation>
    </message>
    <message>
        <source>新しい住所（みらい市内）</source>
        <translation>Novo endereço (na cidade de Mirai)</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号</source>
        <translation>Código postal do novo endereço</translation>
    </message>
    <message>
        <source>届け出る方（あなた）の立場</source>
        <translation>Em que qualidade você faz a declaração</translation>
    </message>
    <message>
        <source>本人（引っ越す方）</source>
        <translation>A própria pessoa que se muda</translation>
    </message>
    <message>
        <source>世帯主（家族の分を届け出る）</source>
        <translation>Chefe do agregado (declara pelos familiares)</translation>
    </message>
    <message>
        <source>代理人（委任状が必要）</source>
        <translation>Procurador (é necessária procuração)</translation>
    </message>
    <message>
        <source>世帯について</source>
        <translation>Sobre o agregado familiar</translation>
    </message>
    <message>
        <source>新しい世帯をつくる（全部転入）</source>
        <translation>Formar um novo agregado</translation>
    </message>
    <message>
        <source>市内にある世帯に入る（一部転入）</source>
        <translation>Entrar num agregado que já vive na cidade</translation>
    </message>
    <message>
        <source>世帯主はあなたですか</source>
        <translation>Você é o chefe da família?</translation>
    </message>
    <message>
        <source>世帯主の氏名</source>
        <translation>Nome do chefe da família</translation>
    </message>
    <message>
        <source>世帯主から見たあなたの続柄（妻、子、父、同居人など）</source>
        <translation>Seu parentesco com o chefe do agregado (esposa 妻, filho 子, pai 父, co-residente 同居人 …)</translation>
    </message>
    <message>
        <source>世帯主の国籍</source>
        <translation>Nacionalidade do chefe da família</translation>
    </message>
    <message>
        <source>日本</source>
        <translation>Japão</translation>
    </message>
    <message>
        <source>日本以外</source>
        <translation>Outro país</translation>
    </message>
    <message>
        <source>一緒に手続きするご家族（あなた以外）</source>
        <translation>Familiares incluídos neste procedimento (além de você)</translation>
    </message>
    <message>
        <source>加入している健康保険</source>
        <translation>Seu seguro de saúde</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>Seguro Nacional de Saúde</translation>
    </message>
    <message>
        <source>勤務先の健康保険（社会保険）</source>
        <translation>Seguro de saúde do empregador</translation>
    </message>
    <message>
        <source>後期高齢者医療制度</source>
        <translation>Sistema médico para idosos de 75 anos ou mais</translation>
    </message>
    <message>
        <source>その他・わからない</source>
        <translation>Outro / não sei</translation>
    </message>
    <message>
        <source>前の市区町村で要介護・要支援の認定を受けていましたか</source>
        <translation>Você tinha certificação de cuidados de longo prazo no município anterior?</translation>
    </message>
    <message>
        <source>印鑑登録をしますか</source>
        <translation>Você quer registrar um carimbo pessoal (inkan)?</translation>
    </message>
    <message>
        <source>登録する印鑑の氏名の表記</source>
        <translation>Como o nome aparece no carimbo registrado</translation>
    </message>
    <message>
        <source>氏名（在留カードの表記）</source>
        <translation>Nome (como no cartão de residente)</translation>
    </message>
    <message>
        <source>通称</source>
        <translation>Nome de uso (tsūshō)</translation>
    </message>
    <message>
        <source>氏名のカタカナ表記</source>
        <translation>Nome em katakana</translation>
    </message>
    <message>
        <source>印鑑に使う氏名のカタカナ表記</source>
        <translation>Nome em katakana, como no carimbo</translation>
    </message>
    <message>
        <source>転出（市外へ引っ越す）</source>
        <translation>Mudança para fora da cidade (para outro município)</translation>
    </message>
    <message>
        <source>引っ越す日（予定日）</source>
        <translation>Data da mudança (prevista)</translation>
    </message>
    <message>
        <source>引っ越し先の住所</source>
        <translation>Endereço para onde vai se mudar</translation>
    </message>
    <message>
        <source>みらい市で印鑑登録をしていますか</source>
        <translation>Você tem um carimbo registrado na cidade de Mirai?</translation>
    </message>
    <message>
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>Você recebe o abono infantil da cidade de Mirai?</translation>
    </message>
    <message>
        <source>出生（子どもが生まれた）</source>
        <translation>Nascimento de um filho</translation>
    </message>
    <message>
        <source>お子さんの氏名（姓と名の間は全角空白）</source>
        <translation>Nome da criança (espaço entre sobrenome e nome)</translation>
    </message>
    <message>
        <source>お子さんの氏名のフリガナ（全角カタカナ）</source>
        <translation>Nome da criança em katakana</translation>
    </message>
    <message>
        <source>生まれた日</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>お子さんの性別</source>
        <translation>Sexo da criança</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>生まれたところ（病院名と所在地）</source>
        <translation>Local de nascimento (nome e endereço do hospital)</translation>
    </message>
    <message>
        <source>お子さんとのご関係（届出人）</source>
        <translation>Sua relação com a criança (declarante)</translation>
    </message>
    <message>
        <source>父</source>
        <translation>Pai</translation>
    </message>
    <message>
        <source>母</source>
        <translation>Mãe</translation>
    </message>
    <message>
        <source>もう一人の親の氏名</source>
        <translation>Nome do outro pai ou mãe</translation>
    </message>
    <message>
        <source>おくやみ（家族が亡くなった）</source>
        <translation>Falecimento de um familiar</translation>
    </message>
    <message>
        <source>亡くなった方の氏名</source>
        <translation>Nome da pessoa falecida</translation>
    </message>
    <message>
        <source>亡くなった方の氏名のフリガナ</source>
        <translation>Nome da pessoa falecida em katakana</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日</source>
        <translation>Data de nascimento da pessoa falecida</translation>
    </message>
    <message>
        <source>亡くなった日</source>
        <translation>Data do falecimento</translation>
    </message>
    <message>
        <source>亡くなった方とのご関係</source>
        <translation>Sua relação com a pessoa falecida</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>Cônjuge</translation>
    </message>
    <message>
        <source>子</source>
        <translation>Filho(a)</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>Pai ou mãe</translation>
    </message>
    <message>
        <source>兄弟姉妹</source>
        <translation>Irmão ou irmã</translation>
    </message>
    <message>
        <source>亡くなった方の健康保険</source>
        <translation>Seguro de saúde da pessoa falecida</translation>
    </message>
    <message>
        <source>勤務先の健康保険</source>
        <translation>Seguro de saúde do empregador</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか</source>
        <translation>A pessoa falecida era o chefe da família?</translation>
    </message>
    <message>
        <source>世帯に残る方の人数</source>
        <translation>Número de pessoas que continuam na família</translation>
    </message>
    <message>
        <source>亡くなった方は印鑑登録をしていましたか</source>
        <translation>A pessoa falecida tinha carimbo registrado?</translation>
    </message>
    <message>
        <source>あなたが葬儀を行いましたか（喪主）</source>
        <translation>Você organizou o funeral (responsável pelo funeral)?</translation>
    </message>
    <message>
        <source>葬儀の日</source>
        <translation>Data do funeral</translation>
    </message>
    <message>
        <source>振込先口座（金融機関・支店・種別・口座番号）</source>
        <translation>Conta para depósito (banco, agência, tipo, número)</translation>
    </message>
    <message>
        <source>証明書（住民票・印鑑証明・所得証明）</source>
        <translation>Certidões (residência, carimbo, renda)</translation>
    </message>
    <message>
        <source>必要な証明書</source>
        <translation>Certidões de que você precisa</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>Cópia do registro de residência</translation>
    </message>
    <message>
        <source>印鑑登録証明書</source>
        <translation>Certidão de registro de carimbo</translation>
    </message>
    <message>
        <source>所得・課税証明書</source>
        <translation>Certidão de renda e impostos</translation>
    </message>
    <message>
        <source>それぞれの通数</source>
        <translation>Número de cópias de cada</translation>
    </message>
    <message>
        <source>使いみち（提出先）</source>
        <translation>Para que servem as certidões</translation>
    </message>
    <message>
        <source>勤務先へ提出</source>
        <translation>Para o empregador</translation>
    </message>
    <message>
        <source>学校へ提出</source>
        <translation>Para a escola</translation>
    </message>
    <message>
        <source>金融機関・ローン</source>
        <translation>Banco ou empréstimo</translation>
    </message>
    <message>
        <source>自動車登録</source>
        <translation>Registro de veículo</translation>
    </message>
    <message>
        <source>妊娠しているのはどなたですか</source>
        <translation>Quem está grávida?</translation>
    </message>
    <message>
        <source>わたし（カードの本人）</source>
        <translation>Eu (titular do cartão)</translation>
    </message>
    <message>
        <source>一緒に手続きする家族</source>
        <translation>Um familiar incluído neste procedimento</translation>
    </message>
    <message>
        <source>妊娠している方の氏名（一緒に手続きする家族のうち）</source>
        <translation>Nome da grávida (um dos familiares)</translation>
    </message>
    <message>
        <source>介護を受ける方はどなたですか</source>
        <translation>Quem precisa dos cuidados?</translation>
    </message>
    <message>
        <source>家族（親など）</source>
        <translation>Um familiar (pai, mãe …)</translation>
    </message>
    <message>
        <source>介護を受ける方（氏名、フリガナ、生年月日、性別、あなたから見た続柄）</source>
        <translation>A pessoa que precisa de cuidados (nome, kana, data de nascimento, sexo, parentesco com você)</translation>
    </message>
    <message>
        <source>介護を受ける方の住所（あなたと同じなら空欄）</source>
        <translation>Endereço da pessoa que precisa de cuidados (vazio se for o mesmo que o seu)</translation>
    </message>
    <message>
        <source>罹災証明書交付申請</source>
        <translation>Pedido de certidão de danos por desastre</translation>
    </message>
    <message>
        <source>防災危機管理課</source>
        <translation>Divisão de Gestão de Desastres e Crises</translation>
    </message>
    <message>
        <source>被災者支援窓口</source>
        <translation>Guichê de apoio às vítimas de desastres</translation>
    </message>
    <message>
        <source>被害状況の写真（あれば）</source>
        <translation>Fotos dos danos (se tiver)</translation>
    </message>
    <message>
        <source>被災者生活再建支援金の支給申請</source>
        <translation>Pedido de auxílio para reconstrução da vida</translation>
    </message>
    <message>
        <source>福祉課</source>
        <translation>Divisão de Bem-Estar Social</translation>
    </message>
    <message>
        <source>罹災証明書</source>
        <translation>Certidão de danos por desastre</translation>
    </message>
    <message>
        <source>振込先口座のわかるもの</source>
        <translation>Dados da conta bancária (caderneta ou cartão do banco)</translation>
    </message>
    <message>
        <source>応急修理の実施申請</source>
        <translation>Pedido de reparo emergencial da casa</translation>
    </message>
    <message>
        <source>建築課</source>
        <translation>Divisão de Construção</translation>
    </message>
    <message>
        <source>修理見積書</source>
        <translation>Orçamento do reparo</translation>
    </message>
    <message>
        <source>応急仮設住宅の入居申請</source>
        <translation>Pedido de moradia provisória</translation>
    </message>
    <message>
        <source>災害弔慰金の支給申請</source>
        <translation>Pedido de auxílio por morte em desastre</translation>
    </message>
    <message>
        <source>死亡診断書の写し</source>
        <translation>Cópia do atestado de óbito</translation>
    </message>
    <message>
        <source>災害障害見舞金の支給申請</source>
        <translation>Pedido de auxílio por deficiência causada por desastre</translation>
    </message>
    <message>
        <source>診断書</source>
        <translation>Atestado médico</translation>
    </message>
    <message>
        <source>災害援護資金の貸付申請</source>
        <translation>Pedido de empréstimo de auxílio a desastres</translation>
    </message>
    <message>
        <source>世帯全員の所得証明書</source>
        <translation>Certidões de renda de todos os membros da família</translation>
    </message>
    <message>
        <source>連帯保証人の書類（必要な場合）</source>
        <translation>Documentos do fiador (se necessário)</translation>
    </message>
    <message>
        <source>国民健康保険 資格取得届</source>
        <translation>Seguro Nacional de Saúde: inscrição</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <translation>Divisão de Seguro e Previdência</translation>
    </message>
    <message>
        <source>3番窓口</source>
        <translation>Guichê 3</translation>
    </message>
    <message>
        <source>本人確認書類（マイナンバーカード）</source>
        <translation>Documento de identidade (Cartão My Number)</translation>
    </message>
    <message>
        <source>前の健康保険の資格喪失証明書（社会保険をやめた方）</source>
        <translation>Comprovante de saída do seguro de saúde anterior (se saiu do seguro do empregador)</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）</source>
        <translation>Cartão de residente (ou certificado de residente permanente especial)</translation>
    </message>
    <message>
        <source>国民健康保険 資格喪失届</source>
        <translation>Seguro Nacional de Saúde: cancelamento</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書（お持ちの方）</source>
        <translation>Certificado de qualificação do Seguro Nacional de Saúde (se tiver)</translation>
    </message>
    <message>
        <source>国民年金 被保険者関係届（住所変更・資格取得）</source>
        <translation>Pensão Nacional: notificação (mudança de endereço / inscrição)</translation>
    </message>
    <message>
        <source>4番窓口</source>
        <translation>Guichê 4</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの（年金手帳・基礎年金番号通知書）</source>
        <translation>Documento com o número da Pensão Básica (caderneta ou notificação do número)</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格取得（転入）届</source>
        <translation>Sistema médico para idosos 75+: inscrição (mudança para a cidade)</translation>
    </message>
    <message>
        <source>5番窓口</source>
        <translation>Guichê 5</translation>
    </message>
    <message>
        <source>前住所地の負担区分等証明書</source>
        <translation>Certificado da categoria de coparticipação do município anterior</translation>
    </message>
    <message>
        <source>葬祭費支給申請</source>
        <translation>Pedido de auxílio-funeral</translation>
    </message>
    <message>
        <source>葬儀の領収書または会葬礼状（喪主の確認できるもの）</source>
        <translation>Recibo do funeral ou cartão de agradecimento (que mostre o responsável pelo funeral)</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格喪失届</source>
        <translation>Sistema médico para idosos 75+: cancelamento</translation>
    </message>
    <message>
        <source>後期高齢者医療の資格確認書</source>
        <translation>Certificado de qualificação do sistema médico para idosos 75+</translation>
    </message>
    <message>
        <source>要介護・要支援認定申請</source>
        <translation>Pedido de certificação de cuidados de longo prazo</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <translation>Divisão de Seguro de Cuidados de Longo Prazo</translation>
    </message>
    <message>
        <source>9番窓口</source>
        <translation>Guichê 9</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <translation>Cartão do seguro de cuidados de longo prazo</translation>
    </message>
    <message>
        <source>主治医の氏名・医療機関がわかるもの</source>
        <translation>Nome do seu médico e da clínica/hospital (cartão ou anotação)</translation>
    </message>
    <message>
        <source>要介護・要支援更新認定申請</source>
        <translation>Renovação da certificação de cuidados de longo prazo</translation>
    </message>
    <message>
        <source>要介護・要支援状態区分変更認定申請</source>
        <translation>Pedido de mudança do nível de cuidados</translation>
    </message>
    <message>
        <source>住所移転後の要介護・要支援認定申請</source>
        <translation>Certificação de cuidados de longo prazo após mudança</translation>
    </message>
    <message>
        <source>前住所地で交付された受給資格証明書</source>
        <translation>Certificado de elegibilidade emitido pelo município anterior</translation>
    </message>
    <message>
        <source>居宅（介護予防）サービス計画作成依頼届出</source>
        <translation>Pedido de plano de cuidados (domiciliar / preventivo)</translation>
    </message>
    <message>
        <source>介護保険負担限度額認定申請</source>
        <translation>Pedido de redução de custos em instituições de cuidados</translation>
    </message>
    <message>
        <source>預貯金の通帳の写し</source>
        <translation>Cópias das cadernetas bancárias</translation>
    </message>
    <message>
        <source>介護保険被保険者証の再交付申請</source>
        <translation>Pedido de segunda via do cartão do seguro de cuidados</translation>
    </message>
    <message>
        <source>介護保険 資格喪失届</source>
        <translation>Seguro de cuidados de longo prazo: cancelamento</translation>
    </message>
    <message>
        <source>児童手当 認定請求</source>
        <translation>Pedido de abono infantil</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <translation>Divisão de Apoio à Criação dos Filhos</translation>
    </message>
    <message>
        <source>6番窓口</source>
        <translation>Guichê 6</translation>
    </message>
    <message>
        <source>請求者名義の振込先口座のわかるもの</source>
        <translation>Dados da conta bancária em nome do requerente</translation>
    </message>
    <message>
        <source>請求者の健康保険の資格情報</source>
        <translation>Dados do seguro de saúde do requerente (cartão ou certificado)</translation>
    </message>
    <message>
        <source>児童手当 額改定請求</source>
        <translation>Abono infantil: alteração do valor</translation>
    </message>
    <message>
        <source>児童手当 住所変更等の届出</source>
        <translation>Abono infantil: mudança de endereço etc.</translation>
    </message>
    <message>
        <source>児童手当 受給事由消滅届</source>
        <translation>Abono infantil: fim do direito</translation>
    </message>
    <message>
        <source>子ども医療費 受給資格登録申請</source>
        <translation>Inscrição no auxílio de despesas médicas infantis</translation>
    </message>
    <message>
        <source>子の健康保険の資格情報</source>
        <translation>Dados do seguro de saúde da criança</translation>
    </message>
    <message>
        <source>妊娠の届出</source>
        <translation>Registro de gravidez</translation>
    </message>
    <message>
        <source>子育て支援課（保健センター）</source>
        <translation>Divisão de Apoio à Criação dos Filhos (Centro de Saúde)</translation>
    </message>
    <message>
        <source>7番窓口</source>
        <translation>Guichê 7</translation>
    </message>
    <message>
        <source>妊娠の診断を受けた医療機関名がわかるもの</source>
        <translation>Nome da clínica/hospital que confirmou a gravidez</translation>
    </message>
    <message>
        <source>委任状（妊娠している方以外が届け出る場合）</source>
        <translation>Procuração (se outra pessoa que não a grávida fizer a declaração)</translation>
    </message>
    <message>
        <source>保育施設等の利用申込（支給認定申請）</source>
        <translation>Inscrição em creche (certificação de elegibilidade)</translation>
    </message>
    <message>
        <source>保育課</source>
        <translation>Divisão de Creches</translation>
    </message>
    <message>
        <source>8番窓口</source>
        <translation>Guichê 8</translation>
    </message>
    <message>
        <source>保護者の就労証明書</source>
        <translation>Declaração de trabalho dos pais/responsáveis</translation>
    </message>
    <message>
        <source>転入届</source>
        <translation>Notificação de mudança para a cidade</translation>
    </message>
    <message>
        <source>市民課</source>
        <translation>Divisão do Cidadão</translation>
    </message>
    <message>
        <source>1番窓口</source>
        <translation>Guichê 1</translation>
    </message>
    <message>
        <source>前住所地の転出証明書（マイナンバーカードによる転出の場合は不要）</source>
        <translation>Certidão de saída do município anterior (não é necessária se a saída foi feita com o Cartão My Number)</translation>
    </message>
    <message>
        <source>委任状（代理人が届け出る場合）</source>
        <translation>Procuração (se um procurador fizer a declaração)</translation>
    </message>
    <message>
        <source>転出届</source>
        <translation>Notificação de mudança para fora da cidade</translation>
    </message>
    <message>
        <source>転居届</source>
        <translation>Notificação de mudança dentro da cidade</translation>
    </message>
    <message>
        <source>マイナンバーカード 継続利用・券面記載事項変更届</source>
        <translation>Cartão My Number: uso contínuo / atualização dos dados do cartão</translation>
    </message>
    <message>
        <source>2番窓口</source>
        <translation>Guichê 2</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）: 転入する方全員の分</source>
        <translation>Cartão de residente (ou certificado de residente permanente especial) de todos que se mudam</translation>
    </message>
    <message>
        <source>パスポート（転入する方全員の分）</source>
        <translation>Passaporte de todos que se mudam</translation>
    </message>
    <message>
        <source>戸籍謄本と戸籍の附票（本籍地が市外の方）</source>
        <translation>Cópia do registro familiar (koseki) e seu anexo (se o domicílio registrado for em outra cidade)</translation>
    </message>
    <message>
        <source>続柄を証する文書（婚姻証明書・出生証明書など）と日本語の訳文（訳者の氏名と訳した日の入ったもの）</source>
        <translation>Documento que comprove o parentesco (certidão de casamento, de nascimento…) com tradução em japonês (com nome do tradutor e data)</translation>
    </message>
    <message>
        <source>対象者全員のマイナンバーカード</source>
        <translation>Cartões My Number de todas as pessoas envolvidas</translation>
    </message>
    <message>
        <source>カードの暗証番号</source>
        <translation>Senha(s) do cartão</translation>
    </message>
    <message>
        <source>印鑑登録申請</source>
        <translation>Pedido de registro de carimbo</translation>
    </message>
    <message>
        <source>登録する印鑑</source>
        <translation>O carimbo pessoal (inkan) a registrar</translation>
    </message>
    <message>
        <source>印鑑登録廃止申請</source>
        <translation>Pedido de cancelamento do registro de carimbo</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>Cartão de registro de carimbo</translation>
    </message>
    <message>
        <source>住民票の写し等交付請求</source>
        <translation>Pedido de cópia do registro de residência etc.</translation>
    </message>
    <message>
        <source>証明書窓口</source>
        <translation>Guichê de certidões</translation>
    </message>
    <message>
        <source>印鑑登録証明書交付申請</source>
        <translation>Pedido de certidão de registro de carimbo</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）またはマイナンバーカード</source>
        <translation>Cartão de registro de carimbo ou Cartão My Number</translation>
    </message>
    <message>
        <source>出生届</source>
        <translation>Registro de nascimento</translation>
    </message>
    <message>
        <source>市民課（戸籍係）</source>
        <translation>Divisão do Cidadão (Seção de Registro Familiar)</translation>
    </message>
    <message>
        <source>戸籍窓口</source>
        <translation>Guichê de registro familiar</translation>
    </message>
    <message>
        <source>出生証明書（医師・助産師の記入済み）</source>
        <translation>Atestado de nascimento (preenchido pelo médico ou parteira)</translation>
    </message>
    <message>
        <source>母子健康手帳</source>
        <translation>Caderneta de Saúde Materno-Infantil</translation>
    </message>
    <message>
        <source>届出人の本人確認書類</source>
        <translation>Documento de identidade do declarante</translation>
    </message>
    <message>
        <source>世帯主変更届</source>
        <translation>Notificação de mudança do chefe da família</translation>
    </message>
    <message>
        <source>所得・課税証明書交付申請</source>
        <translation>Pedido de certidão de renda e impostos</translation>
    </message>
    <message>
        <source>税務課</source>
        <translation>Divisão de Impostos</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>所得・課税証明書の年度</source>
        <translation>Ano fiscal da certidão de renda</translation>
    </message>
    <message>
        <source>子育て（妊娠・保育・手当）</source>
        <translation>Cuidados infantis (gravidez, creche, abonos)</translation>
    </message>
    <message>
        <source>妊娠の届出をしますか</source>
        <translation>Você vai registrar uma gravidez?</translation>
    </message>
    <message>
        <source>出産予定日</source>
        <translation>Data prevista do parto</translation>
    </message>
    <message>
        <source>保育園などの利用を申し込みますか</source>
        <translation>Você quer se inscrever na creche?</translation>
    </message>
    <message>
        <source>希望する保育施設（第1希望）</source>
        <translation>Creche preferida (primeira opção)</translation>
    </message>
    <message>
        <source>介護（要介護認定など）</source>
        <translation>Cuidados de longo prazo (certificação etc.)</translation>
    </message>
    <message>
        <source>介護の認定について、どの申請ですか</source>
        <translation>Qual pedido de certificação de cuidados?</translation>
    </message>
    <message>
        <source>はじめての申請</source>
        <translation>Primeiro pedido</translation>
    </message>
    <message>
        <source>更新の申請</source>
        <translation>Renovação</translation>
    </message>
    <message>
        <source>状態が変わった（区分変更）</source>
        <translation>Minha condição mudou (mudança de nível)</translation>
    </message>
    <message>
        <source>認定の申請はしない</source>
        <translation>Não vou pedir certificação</translation>
    </message>
    <message>
        <source>いま困っていること・体の状態</source>
        <translation>Dificuldades atuais / estado físico</translation>
    </message>
    <message>
        <source>主治医（医療機関名・医師名）</source>
        <translation>Seu médico (clínica/hospital e nome do médico)</translation>
    </message>
    <message>
        <source>ケアプランの作成をケアマネジャーに依頼しますか</source>
        <translation>Vai pedir a um gestor de cuidados (care manager) o plano de cuidados?</translation>
    </message>
    <message>
        <source>依頼する居宅介護支援事業所</source>
        <translation>Escritório de gestão de cuidados escolhido</translation>
    </message>
    <message>
        <source>施設の食費・居住費の軽減（負担限度額認定）を申請しますか</source>
        <translation>Quer pedir redução dos custos de alimentação e estadia em instituições?</translation>
    </message>
    <message>
        <source>介護保険証をなくしたり、汚したりしましたか（再交付）</source>
        <translation>Você perdeu ou danificou o cartão do seguro de cuidados (segunda via)?</translation>
    </message>
    <message>
        <source>被災（災害にあった）</source>
        <translation>Atingido por desastre</translation>
    </message>
    <message>
        <source>災害の名前</source>
        <translation>Nome do desastre</translation>
    </message>
    <message>
        <source>被害を受けた日</source>
        <translation>Data do dano</translation>
    </message>
    <message>
        <source>被害を受けた住家の所在地</source>
        <translation>Endereço da casa danificada</translation>
    </message>
    <message>
        <source>住家の被害の程度（わかる範囲で）</source>
        <translation>Extensão do dano à casa (até onde souber)</translation>
    </message>
    <message>
        <source>全壊</source>
        <translation>Destruída totalmente</translation>
    </message>
    <message>
        <source>大規模半壊</source>
        <translation>Semidestruída em grande escala</translation>
    </message>
    <message>
        <source>中規模半壊</source>
        <translation>Semidestruída em média escala</translation>
    </message>
    <message>
        <source>半壊</source>
        <translation>Semidestruída</translation>
    </message>
    <message>
        <source>準半壊</source>
        <translation>Quase semidestruída</translation>
    </message>
    <message>
        <source>一部損壊</source>
        <translation>Parcialmente danificada</translation>
    </message>
    <message>
        <source>いまの住まいに住み続けられますか</source>
        <translation>Você pode continuar morando na sua casa?</translation>
    </message>
    <message>
        <source>災害でご家族が亡くなりましたか</source>
        <translation>Algum familiar morreu no desastre?</translation>
    </message>
    <message>
        <source>災害でご家族が重いけが・障害を負いましたか</source>
        <translation>Algum familiar ficou gravemente ferido ou com deficiência?</translation>
    </message>
    <message>
        <source>生活再建のための資金の貸付を希望しますか</source>
        <translation>Você quer um empréstimo para reconstruir sua vida?</translation>
    </message>
    <message>
        <source>電子証明書の更新</source>
        <translation>Renovação dos certificados eletrônicos</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>Cartão My Number</translation>
    </message>
    <message>
        <source>カードの暗証番号（利用者証明用 数字4桁・署名用 英数字6〜16桁）</source>
        <translation>Os PINs do cartão (autenticação: 4 dígitos; assinatura: 6 a 16 letras e dígitos)</translation>
    </message>
    <message>
        <source>マイナンバーカードの更新（交付申請）</source>
        <translation>Renovação do Cartão My Number (pedido de um cartão novo)</translation>
    </message>
    <message>
        <source>いまお持ちのマイナンバーカード</source>
        <translation>O seu Cartão My Number atual</translation>
    </message>
    <message>
        <source>顔写真（縦4.5cm×横3.5cm、6か月以内に撮影したもの）</source>
        <translation>Uma foto do rosto (4,5 cm × 3,5 cm, tirada nos últimos 6 meses)</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>手続き案内票</source>
        <translation>Guia de procedimentos</translation>
    </message>
    <message>
        <source>手続き・担当窓口</source>
        <translation>Procedimento / guichê</translation>
    </message>
    <message>
        <source>この手続きが必要な理由</source>
        <translation>Por que é necessário</translation>
    </message>
    <message>
        <source>お持ちいただくもの</source>
        <translation>O que trazer</translation>
    </message>
    <message>
        <source>手数料</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>{name}&#x3000;様</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>ご用件：{event}&#x3000;&#x3000;手続きの数：{count}</source>
        <translation>Assunto: {event}    Procedimentos: {count}</translation>
    </message>
    <message>
        <source>手数料の合計&#x3000;{amount}</source>
        <translation>Total das taxas: {amount}</translation>
    </message>
    <message>
        <source>{amount}円</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>無料</source>
        <translation>Grátis</translation>
    </message>
    <message>
        <source>番号の順に窓口へお進みください。申請書はすべて記入済みです。内容を確認し、署名だけをお願いします。</source>
        <translation>Dirija-se aos guichês na ordem dos números. Todos os formulários já estão preenchidos: confira e apenas assine.</translation>
    </message>
    <message>
        <source>手続き案内票&#x3000;書かないワンストップ窓口</source>
        <translation>Guia de procedimentos – Atendimento único, sem preencher nada</translation>
    </message>
    <message>
        <source>{municipality}&#x3000;受付番号票</source>
        <translation>{municipality} – Senha de atendimento</translation>
    </message>
    <message>
        <source>お待ちの目安：約{minutes}分</source>
        <translation>Espera estimada: cerca de {minutes} min</translation>
    </message>
    <message>
        <source>本日の手続き</source>
        <translation>Procedimentos de hoje</translation>
    </message>
    <message>
        <source>番号が呼ばれたら、表示された窓口へお越しください。</source>
        <translation>Quando seu número for chamado, dirija-se ao guichê indicado.</translation>
    </message>
    <message>
        <source>{event}のときに必要な手続きです</source>
        <translation>Necessário para: {event}</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>{n}人</source>
        <translation>{n} pessoa(s)</translation>
    </message>
    <message>
        <source>{n}歳</source>
        <translation>{n} anos</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>年齢</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>住所が市内</source>
        <translation>Endereço na cidade</translation>
    </message>
    <message>
        <source>18歳未満の子</source>
        <translation>Filhos menores de 18 anos</translation>
    </message>
    <message>
        <source>亡くなった方の年齢</source>
        <translation>Idade da pessoa falecida</translation>
    </message>
    <message>
        <source>国民健康保険に加入する方</source>
        <translation>Pessoas que entram no Seguro Nacional de Saúde</translation>
    </message>
    <message>
        <source>後期高齢者医療の対象の方（75歳以上など）</source>
        <translation>Pessoas no Seguro Médico para Idosos de 75+ (75 anos ou mais …)</translation>
    </message>
    <message>
        <source>あなたの健康保険</source>
        <translation>Seu seguro de saúde</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限</source>
        <translation>Validade do Cartão My Number</translation>
    </message>
    <message>
        <source>電子証明書の有効期限</source>
        <translation>Validade dos certificados eletrônicos</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限（{date}）が過ぎています。新しいカードの申請（カードの更新）を、このあと窓口でご案内します。</source>
        <translation>O seu Cartão My Number venceu em {date}. No balcão vamos ajudá-lo a pedir um cartão novo (renovação do cartão).</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限は{date}です。新しいカードの申請（カードの更新）が、いまからできます。</source>
        <translation>O seu Cartão My Number vence em {date}. Já pode pedir um cartão novo (renovação do cartão).</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限（{date}）が過ぎています。電子証明書の更新を、このあと窓口でご案内します。</source>
        <translation>Os certificados eletrônicos do seu Cartão My Number venceram em {date}. No balcão vamos ajudá-lo a renová-los.</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限は{date}です。期限が過ぎるとコンビニ交付やマイナ保険証が使えなくなります。電子証明書の更新が、いまからできます。</source>
        <translation>Os certificados eletrônicos do seu Cartão My Number vencem em {date}. Depois disso, a emissão de certidões em lojas de conveniência e o uso como cartão de seguro de saúde deixam de funcionar. Já pode renová-los.</translation>
    </message>
    <message>
        <source>期限が切れています</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>3か月以内に切れます</source>
        <translation>vence dentro de 3 meses</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>入力欄</source>
        <translation>Campo de entrada</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>決定</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>（選択中）</source>
        <translation> (selecionado)</translation>
    </message>
    <message>
        <source>濁点</source>
        <translation>Marca dakuten</translation>
    </message>
    <message>
        <source>半濁点</source>
        <translation>Marca handakuten</translation>
    </message>
    <message>
        <source>小さい文字</source>
        <translation>Kana pequeno</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>Espaço</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>暗証番号が違います</source>
        <translation>PIN incorreto</translation>
    </message>
    <message>
        <source>カードが外されました。もう一度カードを置いてください</source>
        <translation>O cartão foi retirado. Coloque-o novamente no leitor</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。職員を呼んでください</source>
        <translation>Não foi possível ler o cartão. Chame um funcionário</translation>
    </message>
    <message>
        <source>暗証番号は数字4桁です</source>
        <translation>O PIN tem 4 dígitos</translation>
    </message>
    <message>
        <source>必須です。入力してください</source>
        <translation>Obrigatório. Preencha, por favor</translation>
    </message>
    <message>
        <source>全角カタカナで入力してください</source>
        <translation>Use katakana, por favor</translation>
    </message>
    <message>
        <source>日付が正しくありません（例: 2026-11-23）</source>
        <translation>Data inválida (ex.: 2026-11-23)</translation>
    </message>
    <message>
        <source>0以上の整数で入力してください</source>
        <translation>Digite um número inteiro, 0 ou maior</translation>
    </message>
    <message>
        <source>一つ以上選んでください</source>
        <translation>Escolha pelo menos um</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字で入力してください（例: 190-0012）</source>
        <translation>O código postal tem 7 dígitos (ex.: 190-0012)</translation>
    </message>
    <message>
        <source>電話番号が正しくありません（例: 090-1234-5678）</source>
        <translation>Telefone inválido (ex.: 090-1234-5678)</translation>
    </message>
    <message>
        <source>200文字以内で入力してください</source>
        <translation>No máximo 200 caracteres</translation>
    </message>
    <message>
        <source>今日より後の日付は入力できません</source>
        <translation>A data não pode ser depois de hoje</translation>
    </message>
    <message>
        <source>このカードでは暗証番号を使えません</source>
        <translation>Não é possível usar o PIN com este cartão</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。職員を呼びました。そのままお待ちください</source>
        <translation>Não foi possível imprimir os formulários. Um funcionário foi chamado. Aguarde aqui, por favor</translation>
    </message>
    <message>
        <source>カードに書かれていることが違います。もう一度確かめてください</source>
        <translation>Não corresponde ao que está impresso no cartão. Verifique de novo</translation>
    </message>
    <message>
        <source>生年月日を確かめてください。元号を選び、年・月・日を2けたずつ入力します</source>
        <translation>Verifique a data de nascimento. Escolha a era e digite ano, mês e dia, com dois dígitos cada</translation>
    </message>
    <message>
        <source>有効期限の年を確かめてください（西暦4けた）</source>
        <translation>Verifique o ano de validade (4 dígitos, calendário ocidental)</translation>
    </message>
    <message>
        <source>セキュリティコードは数字4けたです</source>
        <translation>O código de segurança tem 4 dígitos</translation>
    </message>
</context>
<context>
    <name>SelfService</name>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>Coloque seu Cartão My Number no leitor de cartões</translation>
    </message>
    <message>
        <source>カードは手続きが終わるまで置いたままにしてください</source>
        <translation>Deixe o cartão no leitor até terminar</translation>
    </message>
    <message>
        <source>読み取り中</source>
        <translation>Lendo</translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを動かさないでください</source>
        <translation>Lendo o cartão. Não o mova, por favor</translation>
    </message>
    <message>
        <source>暗証番号の残り回数: {n}回</source>
        <translation>Tentativas restantes do PIN: {n}</translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされます。わからないときは職員を呼んでください</source>
        <translation>Mais um erro bloqueará o PIN. Se não tiver certeza, chame um funcionário</translation>
    </message>
    <message>
        <source>この手続きには個人番号が必要です。もう一度暗証番号（数字4桁）を入力してください</source>
        <translation>Este procedimento precisa do seu My Number. Digite o PIN de 4 dígitos novamente</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>O PIN está bloqueado</translation>
    </message>
    <message>
        <source>市役所1階のマイナンバーカード窓口で暗証番号の再設定をしてください。本人確認書類をお持ちください。職員がご案内します。</source>
        <translation>Redefina o PIN no guichê do Cartão My Number, 1º andar da Prefeitura. Traga um documento de identidade. Um funcionário vai orientá-lo.</translation>
    </message>
    <message>
        <source>カードに書かれていることの入力がロックされています</source>
        <translation>A digitação do que está impresso no cartão está bloqueada</translation>
    </message>
    <message>
        <source>間違いが続いたため、この方法では読み取れなくなりました。市役所1階のマイナンバーカード窓口で、職員が本人確認をしてロックを解除します。本人確認書類をお持ちください。</source>
        <translation>Depois de erros repetidos, o cartão já não pode ser lido desta forma. No guichê do Cartão My Number, 1º andar da Prefeitura, um funcionário confirma a sua identidade e faz o desbloqueio. Traga um documento de identidade.</translation>
    </message>
    <message>
        <source>このカードには暗証番号がありません（顔認証マイナンバーカード）。</source>
        <translation>Este cartão não tem PIN (Cartão My Number com autenticação facial).</translation>
    </message>
    <message>
        <source>最初に戻る</source>
        <translation>Voltar ao início</translation>
    </message>
    <message>
        <source>カードの内容を確認してください</source>
        <translation>Confira os dados do seu cartão</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>はい、正しいです</source>
        <translation>Sim, está correto</translation>
    </message>
    <message>
        <source>違います（職員を呼ぶ）</source>
        <translation>Não, está errado (chamar funcionário)</translation>
    </message>
    <message>
        <source>ご用件を選んでください</source>
        <translation>O que você deseja fazer?</translation>
    </message>
    <message>
        <source>ひとつ前に戻る</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>あてはまるものを すべて選んでください</source>
        <translation>Escolha todas as opções que se aplicam</translation>
    </message>
    <message>
        <source>元</source>
        <translation>1</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>昨日</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>{n}年</source>
        <translation>{n} anos</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{d}/{m}/{y}</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>ご家族の情報は、窓口で職員がお伺いします</source>
        <translation>Um funcionário perguntará sobre sua família no guichê</translation>
    </message>
    <message>
        <source>申請書の内容</source>
        <translation>Conteúdo dos formulários</translation>
    </message>
    <message>
        <source>申請書の内容を確認してください（書くところはありません）</source>
        <translation>Confira os formulários (você não precisa escrever nada)</translation>
    </message>
    <message>
        <source>印刷する</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>（〓は印字できない文字です。職員が確認します）</source>
        <translation>(〓 indica um caractere que não pode ser impresso; um funcionário vai verificar)</translation>
    </message>
    <message>
        <source>印刷中</source>
        <translation>Imprimindo</translation>
    </message>
    <message>
        <source>印刷しています。しばらくお待ちください</source>
        <translation>Imprimindo. Aguarde um momento</translation>
    </message>
    <message>
        <source>番号札を印刷できませんでした。この番号でお呼びします</source>
        <translation>Não foi possível imprimir a senha. Chamaremos você por este número</translation>
    </message>
    <message>
        <source>印刷しました。受付番号の札をお取りください</source>
        <translation>Impresso. Retire sua senha numerada</translation>
    </message>
    <message>
        <source>番号が呼ばれたら窓口へお越しください。署名と確認をいたします。</source>
        <translation>Quando seu número for chamado, venha ao guichê para conferir e assinar.</translation>
    </message>
    <message>
        <source>終わる</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>印刷できませんでした</source>
        <translation>Não foi possível imprimir</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>Não aplicável</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>職員を呼ぶ</source>
        <translation>Chamar funcionário</translation>
    </message>
    <message>
        <source>職員が向かっています。そのままお待ちください</source>
        <translation>Um funcionário está a caminho. Aguarde aqui, por favor</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>Voltando ao início em {n} segundos sem interação</translation>
    </message>
    <message>
        <source>暗証番号がわからない方</source>
        <translation>Não sei o meu PIN</translation>
    </message>
    <message>
        <source>マイナンバーカードの暗証番号（数字4けた）</source>
        <translation>PIN do My Number Card (4 dígitos)</translation>
    </message>
    <message>
        <source>カードに書かれていることの入力も、間違いが続いたため使えなくなりました。</source>
        <translation>Depois de erros repetidos, também já não é possível digitar o que está impresso no cartão.</translation>
    </message>
    <message>
        <source>① 生年月日</source>
        <translation>① Data de nascimento</translation>
    </message>
    <message>
        <source>住所の下に「昭和55年 2月17日生」のように書かれています。元号を選び、年・月・日を2けたずつ入力してください（例: 550217）</source>
        <translation>Está impresso abaixo do endereço, como 「昭和55年 2月17日生」. Escolha a era e digite ano, mês e dia, com dois dígitos cada (ex.: 550217)</translation>
    </message>
    <message>
        <source>② カードの有効期限の年</source>
        <translation>② O ano de validade do cartão</translation>
    </message>
    <message>
        <source>「2035年 2月17日まで有効」のように書かれています。その年を西暦4けたで入力してください</source>
        <translation>Está impresso como 「2035年 2月17日まで有効」. Digite esse ano, com 4 dígitos</translation>
    </message>
    <message>
        <source>③ セキュリティコード</source>
        <translation>③ Código de segurança</translation>
    </message>
    <message>
        <source>顔写真の下に書かれている数字4けたを入力してください</source>
        <translation>Digite os 4 dígitos impressos abaixo da foto</translation>
    </message>
    <message>
        <source>令和</source>
        <translation>令和
Reiwa</translation>
    </message>
    <message>
        <source>平成</source>
        <translation>平成
Heisei</translation>
    </message>
    <message>
        <source>昭和</source>
        <translation>昭和
Shōwa</translation>
    </message>
    <message>
        <source>大正</source>
        <translation>大正
Taishō</translation>
    </message>
    <message>
        <source>カードの絵</source>
        <translation>Desenho do cartão</translation>
    </message>
    <message>
        <source>残り回数: {n}回</source>
        <translation>Tentativas restantes: {n}</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>はい</source>
        <translation type="unfinished">Sim</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation type="unfinished">Não</translation>
    </message>
    <message>
        <source>職員ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窓口システム ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員IDまたはパスワードが違います</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待っている番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>対応中の番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>転送先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>順番待ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次の番号を呼ぶ (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再呼出 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>転送 (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不在 (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窓口で受付票を発行 (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>対応中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>呼び出し中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>対応中の番号はありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>個人番号も読む（必要な手続きのみ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ライフイベント</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案内票の言語</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必要な手続き</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビュー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人情報（カードまたは手入力）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カード読取 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事前申請コードを読む (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答</source>
        <translation type="unfinished">Resposta</translation>
    </message>
    <message>
        <source>カードを読み取っています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事前申請コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事前申請コードを読んでいます…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人情報が正しくありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手続きを判定しました: {n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印刷しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信待ちに登録しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードを読み取りました（真正性: {v}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この窓口にないライフイベントです</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事前申請の回答を読み込みました。確認してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次の回答は読み込みませんでした / not loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビューのページ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>書かないワンストップ窓口 — 職員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員画面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ログイン中の職員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窓口</source>
        <translation type="unfinished">Guichê</translation>
    </message>
    <message>
        <source>納付書</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>リモート窓口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>処理件数・処理時間・待ち時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>処理件数のグラフ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>まだ記録がありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>時間ごと</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日ごと</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>集計の単位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>処理件数・処理時間・待ち時間の表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSVに書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知書番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書の候補</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書の状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書を発行 (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知書番号を入力してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（見本）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}件見つかりました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行する納付書を選んでください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書を作成し、コードを確認しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書を印刷しました（コード確認済み）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書を検索できませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書を発行できませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支所の端末名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共有されている内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接続中の参加者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答の項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答の値（JSON可）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>リモート窓口の状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支所に接続</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答を送る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支所で印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>リモート窓口の証明書が設定されていません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接続しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支所に印刷を依頼しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接続しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同時に変更されました。最新の内容を確認してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>券面の{caption}の画像</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生年月日の元号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生年月日（券面の和暦 年月日 6桁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効期限の年（西暦4桁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>セキュリティコード（4桁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号の状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効期限のお知らせ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生年月日（和暦）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効期限の年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>セキュリティコード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号なしで読む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号なしで読む（照合番号B）・本人確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>券面の顔写真</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードのデータの真正性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>券面の真正性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チップの真正性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写真で本人確認しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チップ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>券面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号: 設定あり</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号: ロック中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号: なし（顔認証マイナンバーカード）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（残り{n}回）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;照合番号B: ロック中（窓口で本人確認のうえ解除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;照合番号B: 残り{n}回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顔写真なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人確認済み（写真）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照合番号Bはロック中です。マイナンバーカード窓口で本人確認のうえロックを解除します。本人確認書類を確認して手入力でも受け付けられます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードを読み取りました。写真で本人確認をしてください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「暗証番号なしで読む」で読み取れます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留資格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留期間の満了日（YYYY-MM-DD）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留カード等の番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通称（ある方のみ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留カードで受付（マイナンバーカードなし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留カードで受付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住基法30条の45区分</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>音声案内: オン</source>
        <translation>Orientação por voz: ligada</translation>
    </message>
    <message>
        <source>音声案内: 使えません（音声エンジンがありません）</source>
        <translation>Orientação por voz: indisponível (sem mecanismo de voz)</translation>
    </message>
    <message>
        <source>音声案内: この言語の音声がありません</source>
        <translation>Orientação por voz: sem voz para este idioma</translation>
    </message>
    <message>
        <source>順番待ちの状態</source>
        <translation>Estado da fila</translation>
    </message>
    <message>
        <source>送信できない記録</source>
        <translation>Registros que não podem ser enviados</translation>
    </message>
    <message>
        <source>順番待ち: 共有</source>
        <translation>Fila: partilhada</translation>
    </message>
    <message>
        <source>順番待ち: オフライン（この端末の番号で発行）</source>
        <translation>Fila: offline (números deste terminal)</translation>
    </message>
    <message>
        <source>送信できない記録: {n}件（職員が確認します）</source>
        <translation>Registros que não podem ser enviados: {n} (um funcionário vai verificar)</translation>
    </message>
    <message>
        <source>カードリーダー: 接続</source>
        <translation>Leitor de cartões: conectado</translation>
    </message>
    <message>
        <source>カードリーダー: 見つかりません</source>
        <translation>Leitor de cartões: não encontrado</translation>
    </message>
    <message>
        <source>プリンター: 正常</source>
        <translation>Impressora: pronta</translation>
    </message>
    <message>
        <source>プリンター: エラー（職員が確認します）</source>
        <translation>Impressora: erro (um funcionário vai verificar)</translation>
    </message>
    <message>
        <source>事務所: 未設定（この端末に保存）</source>
        <translation>Escritório: não configurado (guardado neste terminal)</translation>
    </message>
    <message>
        <source>事務所: オンライン</source>
        <translation>Escritório: online</translation>
    </message>
    <message>
        <source>事務所: オフライン（未送信 {n}件は保存済み）</source>
        <translation>Escritório: offline ({n} registros guardados até o envio)</translation>
    </message>
</context>
</TS>
