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
        <source>日中に連絡のつく電話番号</source>
        <translation>Telefone para contato durante o dia</translation>
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
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>Você recebe o abono infantil da cidade de Mirai?</translation>
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
        <source>印刷できませんでした。職員を呼んでください</source>
        <translation>Não foi possível imprimir. Chame um funcionário</translation>
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
        <source>券面事項入力補助用の暗証番号（数字4桁）を入力してください</source>
        <translation>Digite o PIN de 4 dígitos do cartão (券面事項入力補助用)</translation>
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
        <source>次へ</source>
        <translation>Próximo</translation>
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
        <source>職員を呼びました。そのままお待ちください</source>
        <translation>Um funcionário foi chamado. Aguarde aqui</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>Voltando ao início em {n} segundos sem interação</translation>
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
</context>
<context>
    <name>Status</name>
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
