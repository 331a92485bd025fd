import type { AppErrorCode } from "../errors/app-error";
import { analyzerPagesPtBR } from "./sections/analyzer-pages.pt-BR";
import { analysisFailuresPtBR } from "./sections/analysis-failures.pt-BR";
import { analyzerApiPtBR } from "./sections/analyzer-api.pt-BR";
import { unsubscribePtBR } from "./sections/unsubscribe.pt-BR";
import { captchaPtBR } from "./sections/captcha.pt-BR";
import { workspacePtBR } from "./sections/workspace.pt-BR";
import { overviewPtBR } from "./sections/overview.pt-BR";
import { projectsPtBR } from "./sections/projects.pt-BR";
import { domainsPtBR } from "./sections/domains.pt-BR";
import { infrastructurePtBR } from "./sections/infrastructure.pt-BR";
import { performancePtBR } from "./sections/performance.pt-BR";
import { uptimePtBR } from "./sections/uptime.pt-BR";
import { campaignsPtBR } from "./sections/campaigns.pt-BR";
import { reportsPtBR } from "./sections/reports.pt-BR";
import { billingPtBR } from "./sections/billing.pt-BR";
import { ticketsPtBR } from "./sections/tickets.pt-BR";
import { teamPtBR } from "./sections/team.pt-BR";
import { settingsPtBR } from "./sections/settings.pt-BR";
import { filesPtBR } from "./sections/files.pt-BR";
import { securityPtBR } from "./sections/security.pt-BR";
import { monitoringPtBR } from "./sections/monitoring.pt-BR";
import { publicApiPtBR } from "./sections/public-api.pt-BR";
import { apiKeysPtBR } from "./sections/api-keys.pt-BR";
import { insightsPtBR } from "./sections/insights.pt-BR";
import { searchPtBR } from "./sections/search.pt-BR";
import { privacyPtBR } from "./sections/privacy.pt-BR";
import { agencyPtBR } from "./sections/agency.pt-BR";
import { connectionsPtBR } from "./sections/connections.pt-BR";

/** Brazilian Portuguese, the reference dictionary: its shape defines the keys every other language must have. */
export const ptBR = {
  meta: {
    title: "Arco — operações digitais da sua empresa",
    description:
      "Painel do cliente da agência: projetos, domínios, chamados de suporte, performance do site e relatórios mensais em um só lugar.",
  },
  common: {
    appName: "Arco",
    skipToContent: "Pular para o conteúdo",
    language: "Idioma",
    languageNames: { "pt-BR": "Português", en: "English" },
    signIn: "Entrar",
    signUp: "Criar conta",
    signOut: "Sair",
    email: "E-mail",
    password: "Senha",
    loading: "Aguarde…",
    or: "ou",
    backToHome: "Voltar ao início",
    homeLink: "Arco, página inicial",
  },
  marketing: {
    navLabel: "Principal",
    openDashboard: "Abrir o painel",
    hero: {
      eyebrow: "Para clientes da agência",
      title: "Tudo o que mantém seu site no ar, em um só painel.",
      subtitle:
        "O Arco reúne seus projetos, domínios, hospedagem, chamados de suporte, performance e relatórios mensais. Você acompanha o trabalho da agência com transparência e fala com a equipe sem perder o histórico.",
      primaryCta: "Criar conta",
      secondaryCta: "Já sou cliente",
    },
    features: {
      heading: "O que você acompanha no Arco",
      dashboard: {
        title: "Painel",
        body: "Status de projetos, domínios, SSL e hospedagem, com alertas antes que algo vença.",
      },
      tickets: {
        title: "Chamados",
        body: "Abra pedidos de suporte, acompanhe o prazo de resposta do seu plano e veja o que já foi feito.",
      },
      performance: {
        title: "Performance",
        body: "Histórico de Lighthouse e Core Web Vitals do seu site, medido com regularidade.",
      },
      reports: {
        title: "Relatórios",
        body: "Um relatório mensal em PDF com o que mudou, o que foi entregue e os próximos passos.",
      },
    },
    analyzer: {
      title: "Quer saber como está o seu site agora?",
      body: "Faça uma análise gratuita: informe o endereço e receba um relatório de performance, acessibilidade e SEO.",
      cta: "Analisar meu site grátis",
    },
    footer: "Arco é a plataforma de operações da agência para os seus clientes.",
  },
  auth: {
    signIn: {
      title: "Entrar no Arco",
      subtitle: "Escolha como prefere entrar.",
      noAccount: "Ainda não tem conta?",
      methodsLabel: "Forma de entrar",
      tabs: { magicLink: "Link mágico", code: "Código", password: "Senha" },
      magicLinkHint: "Receba no seu e-mail um link que entra direto, sem senha.",
      magicLinkSubmit: "Enviar link de acesso",
      codeHint: "Receba no seu e-mail um código de 6 dígitos para digitar aqui.",
      codeRequest: "Enviar código",
      codeLabel: "Código de 6 dígitos",
      codeFieldHint: "Confira a caixa de entrada (e o spam) de {email}.",
      codeSubmit: "Entrar com o código",
      useAnotherEmail: "Usar outro e-mail",
      passwordSubmit: "Entrar",
      forgotPassword: "Esqueceu a senha?",
      providersLabel: "Outras formas de entrar",
      google: "Continuar com Google",
      github: "Continuar com GitHub",
      sso: "Continuar com SSO",
      ssoHint: "Para empresas com login único (SAML). Informe o seu e-mail corporativo.",
      ssoEmail: "E-mail corporativo",
      ssoSubmit: "Continuar",
    },
    signUp: {
      title: "Criar sua conta",
      subtitle: "Acompanhe seus projetos com a agência em um só lugar.",
      haveAccount: "Já tem conta?",
      methodsLabel: "Forma de cadastro",
      tabs: { password: "Com senha", magicLink: "Só com e-mail" },
      fullName: "Nome completo",
      optional: "opcional",
      passwordHint: "No mínimo 8 caracteres.",
      passwordSubmit: "Criar conta",
      magicLinkHint: "Sem senha: enviamos um link e um código para confirmar o seu e-mail.",
      magicLinkSubmit: "Enviar link de cadastro",
      providersLabel: "Outras formas de se cadastrar",
    },
    sent: {
      title: "Confira o seu e-mail",
      linkAndCode:
        "Enviamos um link e um código de 6 dígitos para {email}. Abra o link neste navegador ou use o código.",
      confirm: "Enviamos um link de confirmação para {email}. Abra-o neste navegador para ativar a conta.",
      reset: "Se houver uma conta para {email}, enviamos um link para criar uma nova senha.",
    },
    forgot: {
      title: "Recuperar a senha",
      subtitle: "Informe o e-mail da sua conta e enviaremos um link para criar uma nova senha.",
      submit: "Enviar link",
      back: "Voltar para entrar",
    },
    confirm: {
      title: "Entrar pelo link do e-mail",
      subtitle: "Você está prestes a entrar por um link que foi enviado para o seu e-mail.",
      notice:
        "Nada acontece até você apertar o botão, então um antivírus de e-mail que abra esta página não usa o seu link.",
      submit: "Continuar",
      signedInAs: "Você entrou como {email}.",
      notRequested: "Este link não foi pedido neste navegador. Se você não esperava usar esta conta, saia dela.",
      continueAs: "Continuar como {email}",
      backToSignIn: "Voltar para entrar",
    },
    reset: {
      title: "Criar nova senha",
      subtitle: "Escolha uma senha nova para {email}.",
      newPassword: "Nova senha",
      confirmPassword: "Confirme a nova senha",
      submit: "Salvar nova senha",
      done: "Senha atualizada.",
      toDashboard: "Ir para o painel",
    },
  },
  shell: {
    mainNavLabel: "Seções",
    upcomingNote: "Nas próximas versões",
    userMenu: "Menu da conta",
    signedInAs: "Conectado como",
    adminLink: "Área da agência",
    clientLink: "Painel do cliente",
  },
  app: {
    title: "Painel",
    nav: {
      overview: "Visão geral",
      projects: "Projetos",
      domains: "Domínios",
      hosting: "Hospedagem",
      files: "Arquivos",
      tickets: "Chamados",
      performance: "Performance",
      uptime: "Disponibilidade",
      campaigns: "Campanhas",
      reports: "Relatórios",
      team: "Equipe",
      billing: "Cobrança",
      settings: "Configurações",
    },
    welcome: {
      title: "Boas-vindas ao Arco",
      titleWithName: "Boas-vindas, {name}",
      signedInAs: "Você entrou como {email}.",
      body: "Este é o seu painel de cliente. Sua conta está ativa e o acesso é seguro.",
    },
  },
  admin: {
    title: "Área da agência",
    nav: {
      overview: "Visão geral",
      clients: "Clientes",
      tickets: "Fila de chamados",
      leads: "Leads",
      revenue: "Receita",
      auditLog: "Auditoria",
      jobs: "Rotinas",
      staff: "Equipe",
      search: "Busca",
    },
    roles: { admin: "administrador", developer: "desenvolvedor" },
  },
  errors: {
    invalid_input: "Revise os campos destacados.",
    invalid_credentials: "E-mail ou senha incorretos.",
    email_not_confirmed: "Confirme o seu e-mail antes de entrar. Procure a mensagem que enviamos.",
    code_invalid: "Código inválido ou expirado. Peça um novo código.",
    rate_limited: "Muitas tentativas em pouco tempo. Aguarde um minuto e tente de novo.",
    weak_password: "Essa senha é fraca demais. Use ao menos 8 caracteres, misturando letras e números.",
    same_password: "A nova senha precisa ser diferente da atual.",
    email_taken: "Já existe uma conta com esse e-mail. Entre ou recupere a senha.",
    sso_not_configured: "Não há login único configurado para esse domínio.",
    provider_disabled: "Essa forma de entrar está desativada.",
    session_expired: "Sua sessão expirou. Entre novamente.",
    link_invalid: "Esse link é inválido ou expirou. Peça um novo.",
    auth_unavailable: "O serviço de login não respondeu. Tente de novo em instantes.",
    captcha_failed: "Confirme que você não é um robô e envie de novo.",
    unexpected: "Algo deu errado do nosso lado. Tente de novo.",
    not_found: "Não encontramos o que você procurava. Pode ter sido removido, ou você não tem acesso.",
    forbidden: "Você não tem permissão para fazer isso. Peça a um administrador da organização.",
    conflict: "Isso já existe. Use outro nome ou endereço.",
    tier_limit_exceeded: "Você chegou ao limite do seu plano. Faça um upgrade para continuar.",
    read_only_impersonation: "Você está vendo como este cliente em modo somente leitura: nada pode ser alterado.",
    ticket_closed: "Este chamado está resolvido ou fechado. Reabra-o para responder.",
    reopen_expired: "Este chamado foi resolvido há mais de 14 dias e não pode mais ser reaberto. Abra um novo chamado.",
    already_member: "Essa pessoa já faz parte da organização.",
    already_invited: "Já existe um convite pendente para esse e-mail. Use “Reenviar” na lista de convites.",
    owner_only:
      "Só um proprietário pode fazer isso: convidar ou remover administradores, retirar os convites deles e mudar papéis.",
    last_owner:
      "A organização precisa de ao menos um proprietário. Transfira a propriedade para um administrador antes.",
    invitation_invalid: "Este convite não vale mais: ele expirou, foi cancelado ou já foi usado.",
    invitation_for_another_email:
      "Este convite foi enviado para outro e-mail. Entre com o endereço convidado para aceitá-lo.",
    folder_cycle: "Uma pasta não pode ir para dentro dela mesma nem de uma das subpastas dela.",
    attachment_unavailable: "Um anexo não está mais disponível. Remova-o e anexe o arquivo de novo.",
    invalid_api_key:
      "A chave de API está ausente ou não é válida. Envie uma chave ativa como “Authorization: Bearer arco_live_…”.",
    impersonation_target_staff:
      "Não é possível ver como alguém da equipe da agência: só usuários de clientes, e nunca você mesmo.",
    impersonation_already_active: "Você já está vendo o app como outra pessoa. Encerre essa sessão primeiro.",
    impersonation_not_member: "Esta pessoa não faz mais parte desta organização.",
    billing_not_configured: "O pagamento online ainda não está configurado: fale com a agência para mudar de plano.",
    openai_key_invalid:
      "A OpenAI não aceitou esta chave. Confira se ela está ativa e foi copiada inteira; nada foi salvo.",
    openai_unavailable:
      "A OpenAI não respondeu agora, então a chave não pôde ser verificada. Tente de novo em instantes.",
  } satisfies Record<AppErrorCode, string>,
  validation: {
    openai_key_required: "Cole a chave da OpenAI.",
    openai_key_format: "Isto não parece uma chave secreta da OpenAI (ela começa com “sk-”).",
    email_required: "Informe o seu e-mail.",
    email_invalid: "Informe um e-mail válido, como nome@empresa.com.",
    password_required: "Informe a sua senha.",
    password_too_short: "A senha precisa ter ao menos 8 caracteres.",
    password_too_long: "A senha pode ter no máximo 72 caracteres.",
    passwords_mismatch: "As senhas não conferem.",
    code_format: "O código tem 6 dígitos.",
    name_too_long: "O nome pode ter no máximo 120 caracteres.",
    file_name_required: "Informe um nome.",
    file_name_invalid: "O nome não pode ter barras (/ ou \\) nem caracteres de controle, nem ser “.” ou “..”.",
    file_name_too_long: "O nome pode ter no máximo 255 caracteres.",
    file_empty: "Este arquivo está vazio (0 bytes): não há o que enviar.",
    reason_too_short: "Escreva um motivo com ao menos 10 caracteres: ele fica registrado e é mostrado ao cliente.",
    ad_account_id_invalid: "Use o ID de cliente do Google Ads (10 dígitos) ou o número da conta Meta.",
    display_name_required: "Dê um nome de até 120 caracteres.",
    token_required: "Cole o token (de 8 a 4096 caracteres).",
    zone_id_invalid: "O ID da zona tem 32 caracteres hexadecimais.",
  },
  notFound: {
    title: "Página não encontrada",
    body: "O endereço pode ter mudado, ou você não tem acesso a esta página.",
  },
  errorPage: {
    title: "Algo deu errado",
    body: "Não foi possível carregar esta página. Tente de novo; se persistir, fale com a agência.",
    retry: "Tentar de novo",
  },
  analyzerPages: analyzerPagesPtBR,
  analysisFailures: analysisFailuresPtBR,
  analyzerApi: analyzerApiPtBR,
  unsubscribe: unsubscribePtBR,
  captcha: captchaPtBR,
  workspace: workspacePtBR,
  overview: overviewPtBR,
  projects: projectsPtBR,
  domains: domainsPtBR,
  infrastructure: infrastructurePtBR,
  performance: performancePtBR,
  uptime: uptimePtBR,
  campaigns: campaignsPtBR,
  reports: reportsPtBR,
  billing: billingPtBR,
  tickets: ticketsPtBR,
  team: teamPtBR,
  settings: settingsPtBR,
  files: filesPtBR,
  security: securityPtBR,
  monitoring: monitoringPtBR,
  publicApi: publicApiPtBR,
  apiKeys: apiKeysPtBR,
  insights: insightsPtBR,
  search: searchPtBR,
  privacy: privacyPtBR,
  agency: agencyPtBR,
  connections: connectionsPtBR,
};
