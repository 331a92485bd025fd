/** What the scheduled jobs write and send: incident titles and the notices of uptime, SLA and usage. */
export const monitoringPtBR = {
  fallback: "Se o botão não funcionar, cole este endereço no navegador:",
  incidentTitle: "{url} fora do ar",
  failureReasons: {
    timeout: "sem resposta dentro do tempo limite",
    too_many_redirects: "redirecionamentos demais",
    response_too_large: "resposta grande demais",
    keyword_missing: "a palavra esperada não aparece na página",
    http: "respondeu com o status HTTP {status}",
    tls: "certificado TLS recusado ({code})",
    dns: "o nome não resolve ({code})",
    other: "falha de conexão ({code})",
  },
  incidentOpened: {
    subject: "Fora do ar: {url}",
    preview: "{url} não responde desde {since}.",
    heading: "{url} está fora do ar",
    intro: "As duas últimas verificações de {url} falharam. A agência já foi avisada.",
    since: "Fora do ar desde",
    reason: "Motivo",
    action: "Ver o status",
    footer: "Você recebeu este e-mail por ser proprietário ou administrador de {organization} no Arco.",
  },
  incidentResolved: {
    subject: "De volta ao ar: {url}",
    preview: "{url} voltou a responder após {downtime}.",
    heading: "{url} voltou ao ar",
    intro: "{url} voltou a responder normalmente.",
    downtime: "Tempo fora do ar",
    resolvedAt: "De volta às",
    action: "Ver o status",
    footer: "Você recebeu este e-mail por ser proprietário ou administrador de {organization} no Arco.",
  },
  minutes: { one: "{count} minuto", other: "{count} minutos" },
  slaDue: {
    subject: "[#{number}] Primeira resposta vence às {due}: {subject}",
    preview: "O chamado #{number} de {organization} precisa de resposta até {due}.",
    heading: "Chamado #{number} perto do prazo",
    intro: "O chamado “{subject}” de {organization} ainda não teve a primeira resposta.",
    footer: "Você recebeu este e-mail por fazer parte da equipe da agência no Arco.",
  },
  slaBreached: {
    subject: "[#{number}] Prazo de resposta estourado: {subject}",
    preview: "O chamado #{number} de {organization} passou do prazo de primeira resposta.",
    heading: "Chamado #{number} fora do prazo",
    intro: "O chamado “{subject}” de {organization} passou do prazo de primeira resposta do plano sem ser respondido.",
    footer: "Você recebeu este e-mail por fazer parte da equipe da agência no Arco.",
  },
  sla: { organization: "Cliente", due: "Prazo", action: "Abrir o chamado" },
  usageWarning: {
    subject: "{organization} usou {percent} de {limit} em {month}",
    preview: "Em {month}, {organization} usou {used} de {max} ({percent}).",
    heading: "{percent} de {limit} usados em {month}",
    intro:
      "Em {month}, {organization} chegou perto do limite do plano {plan}. Se isso se repetir, um plano maior evita que novos pedidos sejam recusados.",
    used: "Usado",
    max: "Limite",
    action: "Ver planos",
    footer: "Você recebeu este e-mail por ser proprietário de {organization} no Arco.",
    limits: { tickets_per_month: "chamados do mês", storage_bytes: "armazenamento" },
  },
  domainExpiry: {
    ssl: {
      subject: "O certificado de {domain} vence em {days}",
      heading: "O certificado de {domain} vence em {days}",
      intro:
        "O certificado TLS de {domain} vale até {date}. A agência cuida da renovação; este é um aviso para que o site não mostre alertas de segurança.",
    },
    registration: {
      subject: "O registro de {domain} vence em {days}",
      heading: "O registro de {domain} vence em {days}",
      intro: "O registro do domínio {domain} vence em {date}. Sem renovação, o site e os e-mails do domínio param.",
    },
    endsOn: "Vence em",
    action: "Ver o domínio",
    days: { one: "{count} dia", other: "{count} dias" },
    footer: "Você recebeu este e-mail por ser proprietário ou administrador de {organization} no Arco.",
  },
};

export type MonitoringTexts = typeof monitoringPtBR;
